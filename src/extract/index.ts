/**
 * Extraction pipeline: plain-text article + metadata → ArticleFacts with canonical ids.
 * Pure: the alias table and gazetteer are loaded once at module load; no I/O per call.
 */
import type { ActorFact, ArticleFact, ArticleFacts, ArticleMeta, IncidentFact, PlaceFact, StatementFact } from '../domain/facts';
import { ActorKind, PlaceKind, Stance } from '../domain/model';
import { actorFact, ancestorsOf, ACTORS, PLACES, placeChain, placeFact } from '../resolve';
import { analyse } from './document';
import { publicationDate } from './dates';
import { ExtractionError } from './errors';
import { datePrecision, findIncidents, type DraftIncident } from './incidents';
import { ATTACKER_KINDS } from './lexicon';
import { linkFeatures, LINK_MODEL, relinkStatements, type FeatureContext, type Features, type LinkModel } from './link-model';
import { findStatements, type DraftStatement } from './statements';
import { englishStopwordShare, hash16 } from './text';

export { ExtractionError } from './errors';

/** Control characters other than tab and line breaks, C1 controls, and U+FFFD (undecodable bytes). */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_REPLACEMENT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** Rejects input that is not an article: empty, binary, or clearly not English. */
function validate(text: string): void {
  if (typeof text !== 'string' || text.trim().length === 0) throw new ExtractionError('empty', 'article text is empty');
  if (text.includes('\u0000')) throw new ExtractionError('binary', 'article text contains NUL bytes (binary input?)');
  const bad = text.match(CONTROL_OR_REPLACEMENT)?.length ?? 0;
  if (bad / text.length > 0.02 || bad > 200) throw new ExtractionError('binary', `article text has ${bad} control or replacement characters (binary input?)`);
  const { share, words } = englishStopwordShare(text);
  if (words >= 8 && share < 0.08) throw new ExtractionError('not-english', `article text does not look like English (stop-word share ${share.toFixed(2)})`);
  if (words < 3) throw new ExtractionError('empty', 'article text has too few words to be an article');
}

function incidentId(d: DraftIncident, articleHash: string): string {
  const place = d.placeSlugs[0] ?? 'unknown';
  return `incident:${d.date ?? articleHash}:${place}:${d.kind.toLowerCase()}`;
}

/**
 * Extracts the facts of one article.
 *
 * @param text the article as plain text (headline on the first non-empty line)
 * @param meta sidecar metadata; `publishedAt` anchors relative dates (absent → relative dates are null)
 * @throws ExtractionError when the input is not an English news article
 */
export function extractArticle(text: string, meta: ArticleMeta): ArticleFacts {
  return extractWith(text, meta, {});
}

export interface ExtractOptions {
  /** The incident-link model; `null` keeps the phrase rules' decisions. Defaults to the trained model. */
  linkModel?: LinkModel | null;
  /** Called with every statement's link features before the model decides (for training it). */
  onLinkFeatures?: (statement: DraftStatement, features: Features) => void;
}

/** `extractArticle` with its learned parts exposed, for training and measuring them. */
export function extractWith(text: string, meta: ArticleMeta, options: ExtractOptions): ArticleFacts {
  validate(text);
  const h = hash16(text);
  const articleId = `article:${h}`;
  const firstLine = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';

  // Date lines near the top carry the publication date when metadata has none.
  const dateLines = text.split(/\r?\n/).slice(0, 15).map((l) => l.trim()).filter((l) => l.length > 0 && l.length < 40 && /\d{4}/.test(l) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(l));
  const publishedAt = publicationDate(meta.publishedAt ?? null, dateLines);
  const doc = analyse(text, publishedAt, meta.outlet ?? null, meta.title ?? null);
  const headline = doc.lines.find((l) => l.role === 'headline');

  const article: ArticleFact = {
    id: articleId,
    title: (meta.title ?? '').trim() || headline?.plain || firstLine,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    publishedAt,
    language: 'en',
  };

  const drafts = findIncidents(doc);
  const { statements: draftsS, persons } = findStatements(doc, drafts);
  const linkContext: FeatureContext = {
    doc,
    incidents: drafts,
    kindOf: (slug) => ACTORS.get(slug)?.kind ?? doc.newActors.get(slug)?.kind ?? (persons.has(slug) ? (persons.get(slug)?.kind ?? ActorKind.PERSON) : null),
  };
  if (options.onLinkFeatures) for (const st of draftsS) options.onLinkFeatures(st, linkFeatures(linkContext, st));
  const linkModel = options.linkModel === undefined ? LINK_MODEL : options.linkModel;
  if (linkModel) relinkStatements(linkContext, draftsS, linkModel);

  const idByKey = new Map<number, string>();
  const incidents: IncidentFact[] = [];
  for (const d of drafts) {
    const id = incidentId(d, h);
    idByKey.set(d.key, id);
    if (incidents.some((i) => i.id === id)) continue;
    incidents.push({
      id,
      kind: d.kind,
      date: d.date,
      datePrecision: datePrecision(d.date),
      placeIds: d.placeSlugs.map((p) => `place:${p}`),
      perpetratorIds: [...d.perpetrators].map((p) => `actor:${p}`),
      summary: d.summary,
    });
  }
  // Perpetrators named in statements about an incident (ATTRIBUTES, alleged).
  for (const s of draftsS) {
    if (s.incidentKey === null) continue;
    const inc = incidents.find((i) => i.id === idByKey.get(s.incidentKey!));
    if (!inc) continue;
    if ((s.stance === Stance.ACCUSATION || s.stance === Stance.CLAIM || s.stance === Stance.CONFIRMATION) && s.targets.length > 0) {
      for (const t of s.targets) {
        const k = ACTORS.get(t)?.kind;
        if (k && ATTACKER_KINDS.has(k)) {
          const id = `actor:${t}`;
          if (!inc.perpetratorIds.includes(id)) inc.perpetratorIds.push(id);
        }
      }
    }
  }

  const statements: StatementFact[] = [];
  const seen = new Set<string>();
  for (const s of draftsS) {
    const incidentId = s.incidentKey !== null ? (idByKey.get(s.incidentKey) ?? null) : null;
    const targetIds = s.targets.map((t) => `actor:${t}`);
    const speakerId = `actor:${s.speaker}`;
    const start = s.sentence.start;
    const end = s.sentence.end;
    const key = [articleId, speakerId, s.stance, incidentId ?? '', targetIds.join(','), start, end].join('|');
    let id = `statement:${hash16(key)}`;
    // The same act twice in one sentence is one statement, unless each gives its own toll ("which had initially
    // reported 13 deaths, said the toll had risen to 15").
    const first = seen.has(id) ? statements.find((x) => x.id === id) : undefined;
    if (first && first.killed !== null && s.figures.killed !== null && first.killed !== s.figures.killed) id = `statement:${hash16(`${key}|${s.figures.killed}`)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    statements.push({
      id,
      speakerId,
      stance: s.stance,
      incidentId,
      targetIds,
      killed: s.figures.killed,
      injured: s.figures.injured,
      children: s.figures.children,
      qualifier: s.figures.qualifier,
      date: null,
      text: text.slice(s.clauseStart, s.clauseEnd),
      sentence: text.slice(start, end),
      start,
      end,
    });
  }

  // Mentions: every actor and place named outside noise lines.
  const mentionSet = new Set<string>();
  for (const m of doc.mentions) mentionSet.add(`${m.type}:${m.slug}`);
  for (const s of draftsS) mentionSet.add(`actor:${s.speaker}`);
  const mentionIds = [...mentionSet];

  // Actors: referenced ones plus their partOf chain.
  const actorIds = new Set<string>();
  for (const id of mentionIds) if (id.startsWith('actor:')) actorIds.add(id);
  for (const s of statements) {
    actorIds.add(s.speakerId);
    for (const t of s.targetIds) actorIds.add(t);
  }
  for (const i of incidents) for (const p of i.perpetratorIds) actorIds.add(p);
  const actors: ActorFact[] = [];
  const actorSeen = new Set<string>();
  const addActor = (slug: string): void => {
    const id = `actor:${slug}`;
    if (actorSeen.has(id)) return;
    actorSeen.add(id);
    const known = actorFact(slug);
    if (known) {
      actors.push(known);
      for (const anc of ancestorsOf(slug)) addActor(anc);
      return;
    }
    const p = persons.get(slug) ?? doc.newActors.get(slug);
    actors.push({ id, name: p?.name ?? slug, kind: p?.kind ?? ActorKind.PERSON, aliases: p ? [p.name, ...(doc.newActors.get(slug)?.aliases ?? [])] : [], partOf: p?.partOf ? `actor:${p.partOf}` : null });
    if (p?.partOf) addActor(p.partOf);
  };
  for (const id of actorIds) addActor(id.slice('actor:'.length));

  // Places: referenced ones plus their parent chain.
  const placeSlugs = new Set<string>();
  for (const id of mentionIds) if (id.startsWith('place:')) placeSlugs.add(id.slice('place:'.length));
  for (const i of incidents) for (const p of i.placeIds) placeSlugs.add(p.slice('place:'.length));
  const places: PlaceFact[] = [];
  const placeSeen = new Set<string>();
  const addPlace = (slug: string): void => {
    const id = `place:${slug}`;
    if (placeSeen.has(id)) return;
    placeSeen.add(id);
    if (PLACES.has(slug)) {
      const f = placeFact(slug);
      if (f) places.push(f);
      for (const anc of placeChain(slug).slice(1)) addPlace(anc);
      return;
    }
    const np = doc.newPlaces.get(slug);
    places.push({ id, name: np?.name ?? slug, kind: np?.kind ?? PlaceKind.VILLAGE, aliases: np ? [np.name] : [], latitude: null, longitude: null, geonamesId: null, parentId: np?.parent ? `place:${np.parent}` : null });
    if (np?.parent) addPlace(np.parent);
  };
  for (const p of placeSlugs) addPlace(p);

  return { article, actors, places, incidents, statements, mentions: mentionIds };
}
