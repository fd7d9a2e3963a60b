/**
 * Registers the domain enums (src/domain/model.ts) and the API's sort enums with type-graphql.
 * Imported for its side effect by every type that uses an enum, so registration happens before
 * the schema is built whatever the import order.
 */
import { registerEnumType } from 'type-graphql';
import {
  ActorKind,
  DatePrecision,
  IncidentKind,
  PlaceKind,
  Qualifier,
  Stance,
} from '../../domain/model';

registerEnumType(ActorKind, { name: 'ActorKind', description: 'What kind of actor speaks or acts.' });
registerEnumType(PlaceKind, { name: 'PlaceKind', description: 'Administrative level or kind of a place.' });
registerEnumType(IncidentKind, { name: 'IncidentKind', description: 'What happened.' });
registerEnumType(Stance, {
  name: 'Stance',
  description: 'What a statement does: claims a fact, denies one, accuses, criticises, calls for action or confirms.',
});
registerEnumType(Qualifier, {
  name: 'Qualifier',
  description: 'How a casualty figure was qualified in the text ("at least 37", "more than 50", "about 20").',
});
registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How much of a date is known.' });

/** Orders for `statements`. Every order ends with the id, so pages are stable. */
export enum StatementSort {
  ID = 'ID',
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  KILLED_DESC = 'KILLED_DESC',
}
registerEnumType(StatementSort, { name: 'StatementSort', description: 'Order of a statement list (ties broken by id).' });

/** Orders for `incidents`. */
export enum IncidentSort {
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  ID = 'ID',
}
registerEnumType(IncidentSort, {
  name: 'IncidentSort',
  description: 'Order of an incident list; incidents without a date come last (ties broken by id).',
});

/** Orders for `actors` and `places`. */
export enum NameSort {
  NAME = 'NAME',
  ID = 'ID',
}
registerEnumType(NameSort, { name: 'NameSort', description: 'Order by name (case-insensitive) or by id.' });

/** Orders for `articles`. */
export enum ArticleSort {
  PUBLISHED_DESC = 'PUBLISHED_DESC',
  PUBLISHED_ASC = 'PUBLISHED_ASC',
  TITLE = 'TITLE',
}
registerEnumType(ArticleSort, {
  name: 'ArticleSort',
  description: 'Order of an article list; articles without a publication date come last.',
});

export { ActorKind, DatePrecision, IncidentKind, PlaceKind, Qualifier, Stance };
