/**
 * The graph model's vocabulary, shared by every layer (extraction, seeder, store, GraphQL).
 * Labels and relationship types only ever reach Cypher from these enums, never from input.
 */

export enum ActorKind {
  STATE = 'STATE',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  MILITARY = 'MILITARY',
  PERSON = 'PERSON',
  ARMED_GROUP = 'ARMED_GROUP',
  MONITOR = 'MONITOR',
  RESCUE_SERVICE = 'RESCUE_SERVICE',
  MEDIA = 'MEDIA',
  INTERNATIONAL_ORG = 'INTERNATIONAL_ORG',
  NGO = 'NGO',
  OPPOSITION_BODY = 'OPPOSITION_BODY',
  OTHER = 'OTHER',
}

export enum PlaceKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
  FACILITY = 'FACILITY',
}

export enum IncidentKind {
  AIRSTRIKE = 'AIRSTRIKE',
  SHELLING = 'SHELLING',
  GROUND_ATTACK = 'GROUND_ATTACK',
  OTHER = 'OTHER',
}

/** Decision order and examples: ../shared/corpus/README.md ("stance"). */
export enum Stance {
  CLAIM = 'CLAIM',
  DENIAL = 'DENIAL',
  ACCUSATION = 'ACCUSATION',
  CRITICISM = 'CRITICISM',
  CALL = 'CALL',
  CONFIRMATION = 'CONFIRMATION',
}

/** How a casualty figure was qualified in the text ("at least 37", "more than 50", "about 20"). */
export enum Qualifier {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
  MORE_THAN = 'MORE_THAN',
  ABOUT = 'ABOUT',
}

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}

export enum NodeLabel {
  Article = 'Article',
  Actor = 'Actor',
  Place = 'Place',
  Incident = 'Incident',
  Statement = 'Statement',
}

export enum RelType {
  MADE = 'MADE',
  ABOUT = 'ABOUT',
  TARGETS = 'TARGETS',
  ATTRIBUTES = 'ATTRIBUTES',
  REPORTED_IN = 'REPORTED_IN',
  CONTRADICTS = 'CONTRADICTS',
  OCCURRED_IN = 'OCCURRED_IN',
  LOCATED_IN = 'LOCATED_IN',
  PART_OF = 'PART_OF',
  MENTIONS = 'MENTIONS',
  /** (Article)-[:REPORTS]->(Incident): which articles report an incident. */
  REPORTS = 'REPORTS',
  /** (Incident)-[:ATTRIBUTED_TO {articleId}]->(Actor): a perpetrator named by that article. */
  ATTRIBUTED_TO = 'ATTRIBUTED_TO',
}

/**
 * Node ids are global across labels and stable: derived from content, so seeding the same
 * article twice yields the same ids. The prefix names the label.
 *   article:<sha256(text) first 16 hex>   actor:<slug>   place:<slug>
 *   incident:<date|article-hash>:<place slug>:<kind>    statement:<sha256 of its parts, 16 hex>
 */
export const ID_PREFIX: Record<NodeLabel, string> = {
  [NodeLabel.Article]: 'article:',
  [NodeLabel.Actor]: 'actor:',
  [NodeLabel.Place]: 'place:',
  [NodeLabel.Incident]: 'incident:',
  [NodeLabel.Statement]: 'statement:',
};

export function labelOfId(id: string): NodeLabel | null {
  for (const [label, prefix] of Object.entries(ID_PREFIX)) {
    if (id.startsWith(prefix)) return label as NodeLabel;
  }
  return null;
}
