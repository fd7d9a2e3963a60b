/**
 * Whether a statement is about an incident of its article: a logistic model over features of the
 * statement and its place in the article, trained on the development gold sets by
 * `scripts/train-link-model.ts` (weights in `data/link-model.json`).
 *
 * The phrase rules in statements.ts (`linkIncident`) still choose *which* incident; the model decides
 * *whether* there is one, and does not see the rules' answer (trained with it as a feature, it only
 * learnt to trust rules that were written against the same articles). When the model links a
 * statement the rules left unlinked, the incident is the one reported last before the statement.
 * How it was chosen and measured: docs/extraction.md, "The incident-link model".
 */
import type { ActorKind } from '../domain/model';
import type { Doc, SentenceInfo } from './document';
import type { DraftIncident } from './incidents';
import { AGGREGATE } from './lexicon';
import linkModelData from './data/link-model.json';
import {
  ACROSS_REGION,
  ATTACK_WORD,
  CASUALTY_ANAPHOR,
  CLASS_OF_ATTACKS,
  DIPLOMATIC_CALL,
  GENERAL_REMARK,
  GROUND,
  HARM_FIGURE,
  HUMANITARIAN_HARM,
  INCIDENT_ANAPHOR,
  NEAR_BEFORE,
  SEVERAL_INCIDENTS,
  NEW_THREAD,
  TREATY_CALL,
  UNNAMED_NEAR,
  type DraftStatement,
} from './statements';

export interface LinkModel {
  /** Weight per feature name; features the model does not know weigh nothing. */
  weights: Record<string, number>;
  bias: number;
  /** Link when the model's probability is at least this. */
  threshold: number;
  /** Where the weights came from (gold sets, regularisation), for the record. */
  trainedOn?: string[];
  l2?: number;
}

export const LINK_MODEL: LinkModel = linkModelData;

/** Sparse features: name → value (absent = 0). */
export type Features = Map<string, number>;

const STOP = new Set(
  'the a an and or of to in on at by for from with as that this these those it its is are was were be been has have had not no but which who whom whose their there they them he she his her we our you your than then also said says say told added adding would will could should can may might must into over about after before during while out up more most other some such only all any each both per'.split(' '),
);
/** Lower-case words of three letters or more (in the original text, so capitalised names never match). */
const WORD = /(?<![\w'-])[a-z][a-z'-]{2,}/g;
const MODAL = /\b(?:will|would|must|should|could|may|might|need to|needs to)\b/i;
const PRESENT_COPULA = /\b(?:is|are|has|have)\b/i;
const PAST = /\b(?:was|were|had|did)\b/i;
const QUOTE = /["“”]/;
const TERRORIST = /\bterroris[mt]/i;

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** Body sentences of the article in order, and the index of each among them. */
function bodyOrder(doc: Doc): Map<number, number> {
  const order = new Map<number, number>();
  for (const s of doc.sentences) if (s.role === 'body') order.set(s.index, order.size);
  return order;
}

/** The incident reported last before (or in) sentence `at`; else the first reported. */
export function incidentBefore(incidents: readonly DraftIncident[], at: number): DraftIncident | null {
  let best: DraftIncident | null = null;
  let bestAt = -1;
  let first: DraftIncident | null = null;
  let firstAt = Infinity;
  for (const i of incidents) {
    for (const x of i.sentences) {
      if (x <= at && x > bestAt) {
        best = i;
        bestAt = x;
      }
      if (x < firstAt) {
        first = i;
        firstAt = x;
      }
    }
  }
  return best ?? first;
}

export interface FeatureContext {
  doc: Doc;
  incidents: readonly DraftIncident[];
  /** Kind of a speaker or target slug (alias table, the article's new actors, people). */
  kindOf: (slug: string) => ActorKind | null;
  /** Body-sentence order, computed once per article. */
  order?: Map<number, number>;
  /** Per sentence, the cues that match it (a clause can only match what its sentence matches). */
  sentenceCues?: Map<number, ReadonlySet<string>>;
  /** The places of all the article's incidents, computed once per article. */
  incidentPlaces?: ReadonlySet<string>;
}

/** Cue classes the rules use, as evidence rather than verdicts. */
const CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['general', GENERAL_REMARK],
  ['aggregate', AGGREGATE],
  ['across-region', ACROSS_REGION],
  ['diplomatic', DIPLOMATIC_CALL],
  // The diplomatic words without "obligations under": a reminder of humanitarian law answers the attack.
  ['treaty', TREATY_CALL],
  ['humanitarian', HUMANITARIAN_HARM],
  ['incident-anaphor', INCIDENT_ANAPHOR],
  ['casualty-anaphor', CASUALTY_ANAPHOR],
  ['attack-word', ATTACK_WORD],
  ['harm', HARM_FIGURE],
  ['ground', GROUND],
  ['modal', MODAL],
  ['present', PRESENT_COPULA],
  ['past', PAST],
];

function cuesOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const [name, re] of CUES) if (re.test(text)) found.add(name);
  return found;
}

/** The features of one statement for the link decision, as a map (for training and inspection). */
export function linkFeatures(ctx: FeatureContext, st: DraftStatement): Features {
  const f: Features = new Map();
  emitFeatures(ctx, st, (name, v) => f.set(name, (f.get(name) ?? 0) + v));
  return f;
}

/**
 * Calls `on(name, value)` for every feature of one statement; a name may come more than once (its
 * values add up). The model scores features as they come, without building a map.
 */
function emitFeatures(ctx: FeatureContext, st: DraftStatement, emit: (name: string, v: number) => void): void {
  const { doc, incidents } = ctx;
  const order = ctx.order ?? bodyOrder(doc);
  const on = (name: string, v = 1): void => emit(name, v);
  const s: SentenceInfo = st.sentence;
  const clause = doc.folded.slice(st.clauseStart, st.clauseEnd);
  const sentence = s.folded;

  on(`stance:${st.stance}`);
  on(`incidents:${bucket(incidents.length, [1, 2, 3])}`);
  on(`speaker:${ctx.kindOf(st.speaker) ?? 'unknown'}`);
  if (st.targets.length > 0) {
    on('target');
    for (const t of st.targets) on(`target:${ctx.kindOf(t) ?? 'unknown'}`);
  }
  if (st.figures.killed !== null || st.figures.injured !== null || st.figures.children !== null) on('figures');

  // Where the statement stands relative to the incidents' own sentences.
  const own = incidents.some((i) => i.sentences.has(s.index));
  if (own) on('own-sentence');
  const here = order.get(s.index) ?? 0;
  let nearestBefore = Infinity;
  let nearestParagraph = Infinity;
  let firstReported = Infinity;
  for (const i of incidents) {
    for (const x of i.sentences) {
      const xo = order.get(x);
      if (xo === undefined) continue;
      firstReported = Math.min(firstReported, xo);
      if (xo <= here) nearestBefore = Math.min(nearestBefore, here - xo);
      const xp = doc.sentences[x]?.paragraph;
      if (xp !== undefined && x <= s.index) nearestParagraph = Math.min(nearestParagraph, s.paragraph - xp);
    }
  }
  on(nearestBefore === Infinity ? 'since-incident:none' : `since-incident:${bucket(nearestBefore, [0, 1, 2, 4, 8])}`);
  on(nearestParagraph === Infinity ? 'paragraphs-since:none' : `paragraphs-since:${bucket(nearestParagraph, [0, 1, 2, 4])}`);
  if (firstReported !== Infinity && here < firstReported) on('before-first-report');
  on(`position:${bucket(Math.floor((4 * here) / Math.max(1, order.size)), [0, 1, 2])}`);

  // Places: an incident's own place named in the clause or elsewhere in the sentence; another place.
  const incidentPlaces = ctx.incidentPlaces ?? new Set(incidents.flatMap((i) => i.placeSlugs));
  for (const m of s.mentions) {
    if (m.type !== 'place') continue;
    const inside = m.start >= st.clauseStart && m.end <= st.clauseEnd;
    const mine = incidentPlaces.has(m.slug);
    on(`place:${mine ? 'incident' : 'other'}:${inside ? 'clause' : 'sentence'}`);
    // "villages near Ariha", "around the town of X": somewhere else, close to the place named.
    const before = doc.folded.slice(Math.max(s.start, m.start - 60), m.start);
    if (mine && (NEAR_BEFORE.test(before) || UNNAMED_NEAR.test(before))) on('place:incident:near');
  }
  if (s.dates.some((x) => x.start >= st.clauseStart && x.end <= st.clauseEnd)) on('date-in-clause');

  // Cues: those of the clause, else those of its sentence.
  let inSentence = ctx.sentenceCues?.get(s.index);
  if (!inSentence) {
    inSentence = cuesOf(sentence);
    ctx.sentenceCues?.set(s.index, inSentence);
  }
  const within = st.clauseStart >= s.start && st.clauseEnd <= s.end;
  for (const [name, re] of CUES) {
    if ((!within || inSentence.has(name)) && re.test(clause)) {
      on(`clause:${name}`);
      // The same cue weighs differently by stance (a diplomatic word in a call, "terrorists" in a party's claim).
      on(`${st.stance}×clause:${name}`);
    } else if (inSentence.has(name)) on(`sentence:${name}`);
  }
  if (TERRORIST.test(clause)) on(`${st.stance}×clause:terrorist`);
  // "condemned both attacks": with several incidents, a remark about them all.
  // (or one chained to such a remark in its sentence: "condemned the two strikes and called for an investigation")
  if (ctx.incidents.length >= 2 && SEVERAL_INCIDENTS.test(ctx.doc.folded.slice(s.start, st.clauseEnd))) on('clause:several-incidents');
  if (CLASS_OF_ATTACKS.test(clause)) on('clause:class-of-attacks');
  if (NEW_THREAD.test(sentence)) on('new-thread');
  if (QUOTE.test(clause)) on('quoted');

  // Common words of the clause (stop words out). Capitalised words are left out, so that no name of a
  // place, person or organisation in the training articles can become a cue; the model keeps only
  // words it saw often enough.
  const seen = new Set<string>();
  for (const w of doc.text.slice(st.clauseStart, st.clauseEnd).match(WORD) ?? []) {
    if (STOP.has(w) || seen.has(w)) continue;
    seen.add(w);
    on(`w:${w}`);
  }
}

const weightMaps = new WeakMap<LinkModel, Map<string, number>>();
/** The model's weights as a map, built once per model. */
function weightsOf(model: LinkModel): Map<string, number> {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  return weights;
}
/** The logistic function (also used by the training script). */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function linkProbability(model: LinkModel, f: Features): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const [k, v] of f) z += (weights.get(k) ?? 0) * v;
  return sigmoid(z);
}

/**
 * Statements whose link the guidelines settle whatever the weights say: an aggregate toll ("17
 * civilians killed across northwest Syria", "300 since the campaign began") and a diplomatic call
 * have no incident "even if figures are given" (a call to respect "obligations under" humanitarian
 * law answers the attack itself, so it is left to the model), nor has a remark about several of the
 * article's attacks at once ("condemned both attacks"). Rare in the training data, so the model
 * cannot learn them reliably.
 */
function neverLinked(has: (name: string) => boolean): boolean {
  return (has('figures') && (has('clause:aggregate') || has('clause:across-region'))) || has('CALL×clause:treaty') || has('clause:several-incidents');
}
/** The features `neverLinked` looks at. */
const VETO_FEATURES = new Set(['figures', 'clause:aggregate', 'clause:across-region', 'CALL×clause:treaty', 'clause:several-incidents']);

/** The link decision for one statement's features. */
export function decideLink(model: LinkModel, f: Features): boolean {
  if (neverLinked((name) => f.has(name))) return false;
  return linkProbability(model, f) >= model.threshold;
}

/** `decideLink(model, linkFeatures(ctx, st))`, scoring features as they are made. */
export function decideStatementLink(model: LinkModel, ctx: FeatureContext, st: DraftStatement): boolean {
  const w = weightsOf(model);
  let z = model.bias;
  const vetoes = new Set<string>();
  emitFeatures(ctx, st, (name, v) => {
    z += (w.get(name) ?? 0) * v;
    if (VETO_FEATURES.has(name)) vetoes.add(name);
  });
  if (neverLinked((name) => vetoes.has(name))) return false;
  return sigmoid(z) >= model.threshold;
}

/**
 * Revises each statement's incident link with the model. Statements of an article without
 * incidents are left as they are.
 */
export function relinkStatements(ctx: FeatureContext, statements: DraftStatement[], model: LinkModel = LINK_MODEL): void {
  if (ctx.incidents.length === 0 || statements.length === 0) return;
  const perArticle: FeatureContext = {
    ...ctx,
    order: ctx.order ?? bodyOrder(ctx.doc),
    sentenceCues: ctx.sentenceCues ?? new Map(),
    incidentPlaces: ctx.incidentPlaces ?? new Set(ctx.incidents.flatMap((i) => i.placeSlugs)),
  };
  const decided = statements.map((st) => decideStatementLink(model, perArticle, st));
  statements.forEach((st, n) => {
    if (!decided[n]) st.incidentKey = null;
    else if (st.incidentKey === null) st.incidentKey = incidentBefore(ctx.incidents, st.sentence.index)?.key ?? null;
  });
}
