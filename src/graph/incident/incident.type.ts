import { Field, Int, ObjectType } from 'type-graphql';
import { DatePrecision, IncidentKind, Qualifier } from '../common/enums';
import { Node } from '../common/node.interface';
import { ConnectionType } from '../common/pagination';
import { enumValue, optStr, str, type Props } from '../common/rows';

@ObjectType({ implements: Node, description: 'A real-world event (a strike), merged across the articles that report it.' })
export class Incident extends Node {
  @Field(() => IncidentKind)
  kind!: IncidentKind;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, YYYY-MM or YYYY according to `datePrecision`; null when no article dates it.',
  })
  date!: string | null;

  @Field(() => DatePrecision)
  datePrecision!: DatePrecision;

  @Field({ description: "The first reporting article's one-line summary." })
  summary!: string;

  /** Builds an Incident from a node's properties. */
  static fromProps(p: Props): Incident {
    return Object.assign(new Incident(), {
      id: str(p['id']),
      kind: enumValue(IncidentKind, p['kind'], IncidentKind.OTHER),
      date: optStr(p['date']),
      datePrecision: enumValue(DatePrecision, p['datePrecision'], DatePrecision.UNKNOWN),
      summary: str(p['summary']),
    });
  }
}

@ObjectType({ description: "One source's casualty figures for an incident, from one statement." })
export class CasualtyFigure {
  /** Id of the speaker; the `source` field resolves it. */
  sourceId!: string;
  /** Id of the statement carrying the figures; the `statement` field resolves it. */
  statementId!: string;

  @Field(() => Int, { nullable: true })
  killed!: number | null;

  @Field(() => Int, { nullable: true })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Children among the killed.' })
  children!: number | null;

  @Field(() => Qualifier, { nullable: true })
  qualifier!: Qualifier | null;
}

@ObjectType('IncidentConnection', { description: 'A page of incidents.' })
export class IncidentConnection extends ConnectionType(Incident, 'Incident') {}
