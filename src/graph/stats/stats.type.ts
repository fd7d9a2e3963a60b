import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How big the graph is.' })
export class Stats {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  actors!: number;

  @Field(() => Int)
  places!: number;

  @Field(() => Int)
  incidents!: number;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int, { description: 'All relationships, of every type.' })
  relationships!: number;

  @Field(() => Int, { description: 'CONTRADICTS relationships: pairs of statements that disagree.' })
  contradictions!: number;
}
