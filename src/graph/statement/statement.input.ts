import { Field, ID, InputType } from 'type-graphql';
import { Stance } from '../common/enums';

@InputType({ description: 'Filters of `statements`; every field is optional and they combine with AND.' })
export class StatementFilterInput {
  @Field(() => Stance, { nullable: true })
  stance?: Stance | null;

  @Field(() => [Stance], { nullable: true, description: 'Any of these stances.' })
  stances?: Stance[] | null;

  @Field(() => ID, { nullable: true, description: 'Actor id of the speaker.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true })
  incident?: string | null;

  @Field(() => ID, { nullable: true })
  article?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Statements targeting any of these actor ids.' })
  targets?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only statements giving casualty figures; false: only those without.' })
  withFigures?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the clause or sentence (case-insensitive).' })
  text?: string | null;
}

@InputType({ description: 'Filters of `contradictions`.' })
export class ContradictionFilterInput {
  @Field(() => ID, { nullable: true })
  incident?: string | null;

  @Field(() => ID, { nullable: true, description: 'Pairs where this actor made one of the two statements.' })
  actor?: string | null;
}
