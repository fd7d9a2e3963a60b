/**
 * ArticleFacts: the output of the extraction pipeline (extract + resolve) for one article, and the
 * input of the seeder's planner. Plain data only; every id is already canonical (see ID_PREFIX in
 * model.ts), so the planner never needs the gazetteer or the alias table.
 */
import type {
  ActorKind,
  DatePrecision,
  IncidentKind,
  PlaceKind,
  Qualifier,
  Stance,
} from './model';

/** Metadata from the sidecar file (`NAME.meta.json`) beside an article, or from a gold file's `article` block. */
export interface ArticleMeta {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** ISO date `YYYY-MM-DD` (or a full ISO timestamp). Absent or null means unknown: never guessed. */
  publishedAt?: string | null;
  language?: string | null;
}

export interface ArticleFact {
  id: string; // article:<hash>
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null; // YYYY-MM-DD or null
  language: string; // 'en'
}

export interface ActorFact {
  id: string; // actor:<slug>
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Parent organisation or state (PART_OF), if the alias table knows one; also listed in `actors`. */
  partOf: string | null;
}

export interface PlaceFact {
  id: string; // place:<slug>
  name: string;
  kind: PlaceKind;
  aliases: string[];
  latitude: number | null;
  longitude: number | null;
  geonamesId: number | null;
  /** The containing place (LOCATED_IN), e.g. a village's province; also listed in `places`. */
  parentId: string | null;
}

export interface IncidentFact {
  /** Global id: the same real-world incident in two articles gets the same id (merge). */
  id: string;
  kind: IncidentKind;
  /** YYYY-MM-DD (or YYYY-MM / YYYY per precision), null when it cannot be derived. */
  date: string | null;
  datePrecision: DatePrecision;
  /** Most specific places, ids into `places`. */
  placeIds: string[];
  /** Actors the article names as having carried it out (ATTRIBUTES from statements is separate). */
  perpetratorIds: string[];
  summary: string;
}

export interface StatementFact {
  id: string; // statement:<hash>
  speakerId: string; // actor id
  stance: Stance;
  /** Incident id (global) this statement is about, or null for general remarks. */
  incidentId: string | null;
  /** Actor the statement targets (accused, criticised, addressee, denied responsibility, asserted agent). */
  targetIds: string[];
  killed: number | null;
  injured: number | null;
  children: number | null;
  qualifier: Qualifier | null;
  /** Date of the statement if known (YYYY-MM-DD), else null. */
  date: string | null;
  /** The clause carrying the statement (verbatim substring of the article text). */
  text: string;
  /** The whole evidence sentence (verbatim substring of the article text). */
  sentence: string;
  /** Character offsets of `sentence` in the article text: text.slice(start, end) === sentence. */
  start: number;
  end: number;
}

export interface ArticleFacts {
  article: ArticleFact;
  actors: ActorFact[];
  places: PlaceFact[];
  incidents: IncidentFact[];
  statements: StatementFact[];
  /** Ids of actors and places mentioned by the article (MENTIONS). */
  mentions: string[];
}
