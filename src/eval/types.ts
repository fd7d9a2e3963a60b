/**
 * Shapes used by the evaluation harness: the gold annotation format (see
 * test/corpus/README.md, "Files") and the score records the scorer produces.
 * Gold is read only here and by the scorer; the seeder never imports this module.
 */

/** The `article` block of a gold file: metadata handed to the extractor as input. */
export interface GoldArticleMeta {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface GoldIncident {
  /** Local to the article; statements refer to it through `about.incident`. */
  key: string;
  kind: string;
  date: string | null;
  /** Registry place ids (most specific places). */
  places: string[];
  perpetratorAlleged: string[];
  /** Global incident id shared by articles describing the same event, or null. */
  sameAs: string | null;
}

export interface GoldStatement {
  speaker: string;
  stance: string;
  about: { incident: string | null; actor: string | null };
  killed: number | null;
  injured: number | null;
  children: number | null;
  qualifier: string | null;
  /** Verbatim sentence or clause. Optional: some gold sets carry only a short `cue`. */
  evidence?: string | null;
  cue?: string | null;
}

export interface GoldArticle {
  article: GoldArticleMeta;
  actors: string[];
  places: string[];
  incidents: GoldIncident[];
  statements: GoldStatement[];
}

export interface RegistryActor {
  id: string;
  name: string;
  kind?: string;
  partOf?: string | null;
  aliases: string[];
  contextualAliases?: string[];
}

export interface RegistryPlace {
  id: string;
  name: string;
  kind?: string;
  aliases: string[];
  contextualAliases?: string[];
  /** Approximate coordinates (the corpus registries give them); used to match a spelling variant. */
  lat?: number | null;
  lon?: number | null;
}

export interface RegistryFile {
  actors: RegistryActor[];
  places: RegistryPlace[];
  globalIncidents?: unknown[];
}

/** The kinds scored per article. */
export const ARTICLE_KINDS = ['actors', 'places', 'incidents', 'statements', 'figures'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Every kind reported per set; `merges` only exists across articles. */
export const KINDS = [...ARTICLE_KINDS, 'merges'] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** One (article, gold incident) and the extracted incident aligned to it, if any: merge-scoring input. */
export interface MergeNode {
  article: string;
  goldKey: string;
  sameAs: string | null;
  /** Extracted incident id aligned to this gold incident; null when unaligned. */
  predictedId: string | null;
}

export interface IncidentLink {
  goldKey: string;
  predictedId: string;
}

export interface ArticleScore {
  article: string;
  counts: Record<ArticleKind, Counts>;
  /** Gold items the extractor did not produce, per kind, as short readable strings. */
  misses: Record<ArticleKind, string[]>;
  /** Extracted items with no gold counterpart, per kind. */
  falseHits: Record<ArticleKind, string[]>;
  /** Gold incident key ↔ extracted incident id. */
  alignment: IncidentLink[];
  mergeNodes: MergeNode[];
  /** Diagnostics that do not change any count (near-miss statements, incident date disagreements). */
  notes: string[];
  /**
   * Why each missed gold statement was missed: the fields in which the nearest false hit from the
   * same sentence differs (`incident`, `speaker+target`, …), or `not found` when no false hit shares
   * its sentence. Counts per cause; they add up to the statement misses.
   */
  statementMissCauses: Record<string, number>;
  /** Set when extraction (or reading the text) failed: every gold item is then a miss. */
  error?: string;
}

export interface MergePair {
  a: string;
  b: string;
}

export interface SetTotals {
  counts: Record<Kind, Counts>;
  scores: Record<Kind, Prf>;
  merges: {
    /** Pairs gold merges but the extractor keeps apart. */
    missed: MergePair[];
    /** Pairs the extractor merges but gold keeps apart. */
    falseMerged: MergePair[];
    /** Gold-merged pairs left out because one side has no aligned extracted incident. */
    excludedGoldPairs: number;
  };
  /** `ArticleScore.statementMissCauses` summed over the set. */
  statementMissCauses: Record<string, number>;
}
