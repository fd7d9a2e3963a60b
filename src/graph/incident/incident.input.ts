import { Field, ID, InputType } from 'type-graphql';
import { IncidentKind } from '../common/enums';

@InputType({ description: 'Filters of `incidents`; every field is optional and they combine with AND.' })
export class IncidentFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      'A place id, name or alias, in any case or common transliteration ("Idleb", "Jisr ash-Shughur"). Incidents in places inside it count too.',
  })
  place?: string | null;

  @Field(() => IncidentKind, { nullable: true })
  kind?: IncidentKind | null;

  @Field(() => [IncidentKind], { nullable: true })
  kinds?: IncidentKind[] | null;

  @Field(() => String, { nullable: true, description: 'Earliest date, inclusive (YYYY-MM-DD). Undated incidents never match.' })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Latest date, inclusive (YYYY-MM-DD). Undated incidents never match.' })
  dateTo?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actor some article names as perpetrator.' })
  perpetrator?: string | null;

  @Field(() => ID, { nullable: true, description: 'Actor who made a statement about the incident.' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Article reporting the incident.' })
  article?: string | null;
}
