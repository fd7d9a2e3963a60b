/**
 * The scorer: pure functions from (gold, extracted facts, registry) to counts. The matching rules are
 * written down in docs/evaluation.md; every rule there is pinned by a test in test/eval/.
 */
import type { ArticleFacts, StatementFact } from '../domain/facts';
import { alignIncidents, type AlignableIncident } from './align';
import { addCounts, compareSets, emptyCounts, prf } from './metrics';
import { Registry, UNMAPPED } from './registry';
import {
  ARTICLE_KINDS,
  KINDS,
  type ArticleKind,
  type ArticleScore,
  type Counts,
  type GoldArticle,
  type GoldStatement,
  type Kind,
  type MergeNode,
  type MergePair,
  type Prf,
  type SetTotals,
} from './types';

const ACTOR_PREFIX = 'actor:';
const PLACE_PREFIX = 'place:';
/** Separator inside tuple keys; never part of an id. */
const SEP = '\u0001';
const FIGURE_FIELDS = ['killed', 'injured', 'children'] as const;
const MIN_CLAUSE = 20;
/** Cause of a statement miss with no false hit from the same sentence. */
export const NOT_FOUND = 'not found';

function perKind<T>(make: () => T): Record<ArticleKind, T> {
  return Object.fromEntries(ARTICLE_KINDS.map((k) => [k, make()])) as Record<ArticleKind, T>;
}

/** A statement reduced to what is scored: speaker, stance, incident (gold key), target. */
export interface StatementTuple {
  speaker: string;
  stance: string;
  /** Gold incident key; for an extracted statement on an unaligned incident, `?<extracted id>`. */
  incident: string | null;
  target: string | null;
}

export function tupleKey(t: StatementTuple): string {
  return [t.speaker, t.stance, t.incident ?? '', t.target ?? ''].join(SEP);
}

export function describeTuple(t: StatementTuple): string {
  return `${t.speaker} ${t.stance}${t.incident === null ? '' : ` @${t.incident}`}${t.target === null ? '' : ` → ${t.target}`}`;
}

function parseTupleKey(k: string): StatementTuple {
  const [speaker = '', stance = '', incident = '', target = ''] = k.split(SEP);
  return { speaker, stance, incident: incident || null, target: target || null };
}

function figureKey(speaker: string, field: string, value: number): string {
  return [speaker, field, String(value)].join(SEP);
}

function describeFigure(k: string): string {
  const [speaker, field, value] = k.split(SEP);
  return `${speaker} ${field}=${value}`;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function short(s: string, n = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * Whether an extracted statement's text overlaps a gold statement's evidence (either contains the
 * other, whitespace- and case-insensitively) or contains its cue. Used only to pair a missed gold
 * statement with the false hit that was meant to be it, for the report.
 */
export function sameEvidence(gold: Pick<GoldStatement, 'evidence' | 'cue'>, fact: Pick<StatementFact, 'text' | 'sentence'>): boolean {
  const sentence = squash(fact.sentence || fact.text || '');
  const clause = squash(fact.text || fact.sentence || '');
  if (!sentence) return false;
  if (gold.evidence) {
    const ev = squash(gold.evidence);
    // A short clause ("he added") would sit inside many evidences: only longer ones count that way.
    if (ev && (sentence.includes(ev) || (clause.length >= MIN_CLAUSE && ev.includes(clause)))) return true;
  }
  if (gold.cue) {
    const cue = squash(gold.cue);
    if (cue && sentence.includes(cue)) return true;
  }
  return false;
}

/** Score of an article whose extraction failed: every gold item is a miss. */
export function failedArticle(name: string, gold: GoldArticle, error: string): ArticleScore {
  const empty: ArticleFacts = {
    article: { id: '', title: gold.article.title, outlet: null, url: null, publishedAt: null, language: 'en' },
    actors: [],
    places: [],
    incidents: [],
    statements: [],
    mentions: [],
  };
  return { ...scoreArticle(gold, empty, new Registry({ actors: [], places: [] }), name), error };
}

/**
 * Scores one article. `registry` maps extracted actors and places onto gold ids; `name` labels the
 * article in reports and merge pairs (defaults to the gold `article.id`).
 */
export function scoreArticle(gold: GoldArticle, facts: ArticleFacts, registry: Registry, name: string = gold.article.id): ArticleScore {
  const counts = perKind<Counts>(emptyCounts);
  const misses = perKind<string[]>(() => []);
  const falseHits = perKind<string[]>(() => []);
  const notes: string[] = [];

  // --- actors and places: which extracted entity is which registry entry -------------------------
  const goldActors = new Set(gold.actors);
  const goldPlaces = new Set(gold.places);
  const actorFacts = new Map(facts.actors.map((a) => [a.id, a]));
  const placeFacts = new Map(facts.places.map((p) => [p.id, p]));
  const actorOf = new Map<string, string>();
  const placeOf = new Map<string, string>();
  const actor = (id: string): string => {
    let r = actorOf.get(id);
    if (r === undefined) actorOf.set(id, (r = registry.resolveActor(id, actorFacts.get(id), goldActors)));
    return r;
  };
  const place = (id: string): string => {
    let r = placeOf.get(id);
    if (r === undefined) placeOf.set(id, (r = registry.resolvePlace(id, placeFacts.get(id), goldPlaces)));
    return r;
  };

  // Predicted mentions: the MENTIONS list, plus every actor the extractor used as speaker, target or
  // perpetrator and every incident place (gold lists those too). `actors`/`places` hold PART_OF and
  // LOCATED_IN parents that need not be mentioned, so they are used only when `mentions` has none.
  const mentionedActors = facts.mentions.filter((m) => m.startsWith(ACTOR_PREFIX) || actorFacts.has(m));
  const mentionedPlaces = facts.mentions.filter((m) => m.startsWith(PLACE_PREFIX) || placeFacts.has(m));
  const predActorIds = [
    ...(mentionedActors.length > 0 ? mentionedActors : facts.actors.map((a) => a.id)),
    ...facts.statements.flatMap((s) => [s.speakerId, ...s.targetIds]),
    ...facts.incidents.flatMap((i) => i.perpetratorIds),
  ];
  const predPlaceIds = [
    ...(mentionedPlaces.length > 0 ? mentionedPlaces : facts.places.map((p) => p.id)),
    ...facts.incidents.flatMap((i) => i.placeIds),
  ];
  for (const [kind, goldSet, predSet] of [
    ['actors', goldActors, new Set(predActorIds.map(actor))],
    ['places', goldPlaces, new Set(predPlaceIds.map(place))],
  ] as const) {
    const c = compareSets(goldSet, predSet);
    counts[kind] = c.counts;
    misses[kind] = c.missed;
    falseHits[kind] = c.extra;
  }

  // --- incidents ---------------------------------------------------------------------------------
  const goldInc: AlignableIncident[] = gold.incidents.map((i) => ({ ref: i.key, kind: i.kind, date: i.date, places: i.places }));
  const predInc: AlignableIncident[] = facts.incidents.map((i) => ({ ref: i.id, kind: i.kind, date: i.date, places: [...new Set(i.placeIds.map(place))] }));
  const pairs = alignIncidents(goldInc, predInc);
  const goldKeyOf = new Map<string, string>(); // extracted id → gold key
  const alignedGold = new Map<number, string>(); // gold index → extracted id
  for (const [gi, pj] of pairs) {
    const g = goldInc[gi];
    const p = predInc[pj];
    if (!g || !p) continue;
    goldKeyOf.set(p.ref, g.ref);
    alignedGold.set(gi, p.ref);
    if (g.date !== p.date) notes.push(`incident ${g.ref}: date gold ${g.date ?? 'null'} vs extracted ${p.date ?? 'null'}`);
  }
  const describeInc = (i: AlignableIncident, label: string): string => `${label} ${i.kind} ${i.date ?? 'undated'} [${i.places.join(', ')}]`;
  counts.incidents = { tp: pairs.length, fp: predInc.length - pairs.length, fn: goldInc.length - pairs.length };
  goldInc.forEach((g, i) => {
    if (!alignedGold.has(i)) misses.incidents.push(describeInc(g, g.ref));
  });
  predInc.forEach((p) => {
    if (!goldKeyOf.has(p.ref)) falseHits.incidents.push(describeInc(p, p.ref));
  });
  const mergeNodes: MergeNode[] = gold.incidents.map((g, i) => ({ article: name, goldKey: g.key, sameAs: g.sameAs, predictedId: alignedGold.get(i) ?? null }));

  // --- statements: distinct (speaker, stance, incident, target) tuples ---------------------------
  const goldTuples = new Map<string, GoldStatement[]>();
  for (const s of gold.statements) {
    const k = tupleKey({ speaker: s.speaker, stance: s.stance, incident: s.about.incident, target: s.about.actor });
    goldTuples.set(k, [...(goldTuples.get(k) ?? []), s]);
  }
  const predTuples = new Map<string, StatementFact[]>();
  for (const s of facts.statements) {
    const incident = s.incidentId === null ? null : (goldKeyOf.get(s.incidentId) ?? `${UNMAPPED}${s.incidentId}`);
    const targets = s.targetIds.length > 0 ? [...new Set(s.targetIds.map(actor))] : [null];
    for (const target of targets) {
      const k = tupleKey({ speaker: actor(s.speakerId), stance: s.stance, incident, target });
      predTuples.set(k, [...(predTuples.get(k) ?? []), s]);
    }
  }
  const st = compareSets(new Set(goldTuples.keys()), new Set(predTuples.keys()));
  counts.statements = st.counts;
  falseHits.statements = st.extra.map((k) => {
    const first = predTuples.get(k)?.[0];
    return `${describeTuple(parseTupleKey(k))}${first ? ` «${short(first.text || first.sentence, 60)}»` : ''}`;
  });
  const falseHitKeys = st.extra;
  const statementMissCauses: Record<string, number> = {};
  misses.statements = st.missed.map((k) => {
    const t = parseTupleKey(k);
    const golds = goldTuples.get(k) ?? [];
    const ev = golds.find((g) => g.evidence)?.evidence ?? golds.find((g) => g.cue)?.cue ?? '';
    // Near miss: a false hit from the same sentence (evidence decides between candidates).
    let near = '';
    let cause = NOT_FOUND;
    let bestAgree = -1;
    for (const fk of falseHitKeys) {
      const facts4 = predTuples.get(fk) ?? [];
      if (!golds.some((g) => facts4.some((f) => sameEvidence(g, f)))) continue;
      const p = parseTupleKey(fk);
      const diffs: string[] = [];
      if (p.speaker !== t.speaker) {
        const rel = registry.isAncestor(p.speaker, t.speaker) ? ' (partOf ancestor)' : registry.isAncestor(t.speaker, p.speaker) ? ' (partOf descendant)' : '';
        diffs.push(`speaker ${p.speaker}${rel}`);
      }
      if (p.stance !== t.stance) diffs.push(`stance ${p.stance}`);
      if (p.incident !== t.incident) diffs.push(`incident ${p.incident ?? 'null'}`);
      if (p.target !== t.target) diffs.push(`target ${p.target ?? 'null'}`);
      const agree = 4 - diffs.length;
      if (agree > bestAgree) {
        bestAgree = agree;
        near = ` [extracted: ${diffs.join(', ')}]`;
        cause = diffs.map((x) => x.split(' ')[0]).join('+');
      }
    }
    statementMissCauses[cause] = (statementMissCauses[cause] ?? 0) + 1;
    return `${describeTuple(t)}${ev ? ` «${short(ev, 60)}»` : ''}${near}`;
  });

  // --- figures: distinct (speaker, field, value) ---------------------------------------------------
  const goldFig = new Set<string>();
  for (const s of gold.statements) for (const f of FIGURE_FIELDS) { const v = s[f]; if (v !== null) goldFig.add(figureKey(s.speaker, f, v)); }
  const predFig = new Set<string>();
  for (const s of facts.statements) for (const f of FIGURE_FIELDS) { const v = s[f]; if (v !== null) predFig.add(figureKey(actor(s.speakerId), f, v)); }
  const fg = compareSets(goldFig, predFig);
  counts.figures = fg.counts;
  misses.figures = fg.missed.map(describeFigure);
  falseHits.figures = fg.extra.map(describeFigure);

  return {
    article: name,
    counts,
    misses,
    falseHits,
    alignment: pairs.flatMap(([gi, pj]) => {
      const g = goldInc[gi];
      const p = predInc[pj];
      return g && p ? [{ goldKey: g.ref, predictedId: p.ref }] : [];
    }),
    mergeNodes,
    notes,
    statementMissCauses,
  };
}

/**
 * Merge scoring over a set. Units are unordered pairs of aligned (article, gold incident) nodes from
 * different articles. Gold: merged iff both have the same non-null sameAs. Extracted: merged iff both
 * were aligned to the same extracted incident id. Nodes without an aligned extracted incident take no
 * part (their miss is already counted under incidents); gold-merged pairs lost that way are counted
 * in `excludedGoldPairs` for the report.
 */
export function scoreMerges(nodes: readonly MergeNode[]): { counts: Counts; missed: MergePair[]; falseMerged: MergePair[]; excludedGoldPairs: number } {
  const counts = emptyCounts();
  const missed: MergePair[] = [];
  const falseMerged: MergePair[] = [];
  let excludedGoldPairs = 0;
  const label = (n: MergeNode): string => `${n.article}#${n.goldKey}`;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (!a || !b || a.article === b.article) continue;
      const goldMerged = a.sameAs !== null && a.sameAs === b.sameAs;
      if (a.predictedId === null || b.predictedId === null) {
        if (goldMerged) excludedGoldPairs++;
        continue;
      }
      const predMerged = a.predictedId === b.predictedId;
      if (goldMerged && predMerged) counts.tp++;
      else if (goldMerged) {
        counts.fn++;
        missed.push({ a: label(a), b: label(b) });
      } else if (predMerged) {
        counts.fp++;
        falseMerged.push({ a: label(a), b: label(b) });
      }
    }
  }
  return { counts, missed, falseMerged, excludedGoldPairs };
}

/** Micro-averaged totals over a set's articles (counts summed, then P/R/F1), plus merges. */
export function aggregate(articles: readonly ArticleScore[]): SetTotals {
  const counts = Object.fromEntries(KINDS.map((k) => [k, emptyCounts()])) as Record<Kind, Counts>;
  for (const a of articles) for (const k of ARTICLE_KINDS) counts[k] = addCounts(counts[k], a.counts[k]);
  const merges = scoreMerges(articles.flatMap((a) => a.mergeNodes));
  counts.merges = merges.counts;
  const scores = Object.fromEntries(KINDS.map((k) => [k, prf(counts[k])])) as Record<Kind, Prf>;
  const statementMissCauses: Record<string, number> = {};
  for (const a of articles) for (const [cause, n] of Object.entries(a.statementMissCauses)) statementMissCauses[cause] = (statementMissCauses[cause] ?? 0) + n;
  return { counts, scores, merges: { missed: merges.missed, falseMerged: merges.falseMerged, excludedGoldPairs: merges.excludedGoldPairs }, statementMissCauses };
}
