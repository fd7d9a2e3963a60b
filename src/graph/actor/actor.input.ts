import { Field, ID, InputType } from 'type-graphql';
import { ActorKind } from '../common/enums';

@InputType({ description: 'Filters of `actors`.' })
export class ActorFilterInput {
  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => [ActorKind], { nullable: true })
  kinds?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the name or an alias (case-insensitive).' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only actors directly part of this actor.' })
  partOf?: string | null;
}
