import { Field, ID, InputType } from 'type-graphql';
import { PlaceKind } from '../common/enums';

@InputType({ description: 'Filters of `places`.' })
export class PlaceFilterInput {
  @Field(() => PlaceKind, { nullable: true })
  kind?: PlaceKind | null;

  @Field(() => [PlaceKind], { nullable: true })
  kinds?: PlaceKind[] | null;

  @Field(() => String, { nullable: true, description: 'A name or alias in any case or common transliteration.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only places located (transitively) in this place.' })
  within?: string | null;
}
