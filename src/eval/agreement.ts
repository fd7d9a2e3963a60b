/**
 * A second annotation read as if it were extraction output, so the scorer can measure how far two
 * annotators of the same articles agree (`npm run eval -- --set A --against B`).
 *
 * Agreement is the ceiling the extractor is measured under: where two careful people following the
 * guidelines differ, no program can match both. Scoring B against A uses exactly the rules that score
 * the extractor (score.ts), so the two figures can be read side by side.
 */
import type { ArticleFacts, StatementFact } from '../domain/facts';
import { ActorKind, DatePrecision, type IncidentKind, PlaceKind, type Qualifier, type Stance } from '../domain/model';
import type { GoldArticle, RegistryFile } from './types';

function actorKind(kind: string | undefined): ActorKind {
  const k = (kind ?? '').toUpperCase();
  return (Object.values(ActorKind) as string[]).includes(k) ? (k as ActorKind) : ActorKind.OTHER;
}

function placeKind(kind: string | undefined): PlaceKind {
  const k = (kind ?? '').toUpperCase();
  return (Object.values(PlaceKind) as string[]).includes(k) ? (k as PlaceKind) : PlaceKind.TOWN;
}

function precisionOf(date: string | null): DatePrecision {
  if (date === null) return DatePrecision.UNKNOWN;
  return date.length >= 10 ? DatePrecision.DAY : date.length >= 7 ? DatePrecision.MONTH : DatePrecision.YEAR;
}

/**
 * The facts an annotation states, with ids in the extractor's form (`actor:<id>`, `place:<id>`).
 * An incident's id is its global incident (`sameAs`) when it has one, so that two articles an annotator
 * gave the same global incident are merged, as the seeder merges extracted incidents; otherwise it is
 * the article's own. A statement's text is its evidence (or cue), which is what the scorer compares
 * when it tells two candidates apart.
 */
export function annotationAsFacts(gold: GoldArticle, registry: RegistryFile, text: string): ArticleFacts {
  const actorIds = new Set<string>(gold.actors);
  for (const s of gold.statements) {
    actorIds.add(s.speaker);
    if (s.about.actor) actorIds.add(s.about.actor);
  }
  for (const i of gold.incidents) for (const p of i.perpetratorAlleged) actorIds.add(p);
  const placeIds = new Set<string>([...gold.places, ...gold.incidents.flatMap((i) => i.places)]);
  const actorEntry = new Map(registry.actors.map((a) => [a.id, a]));
  const placeEntry = new Map(registry.places.map((p) => [p.id, p]));

  const incidentId = new Map(gold.incidents.map((i) => [i.key, `incident:${i.sameAs ?? `${gold.article.id}:${i.key}`}`]));
  const statements: StatementFact[] = gold.statements.map((s, n) => {
    const evidence = s.evidence ?? s.cue ?? '';
    const at = evidence ? text.indexOf(evidence) : -1;
    return {
      id: `statement:${gold.article.id}:${n}`,
      speakerId: `actor:${s.speaker}`,
      stance: s.stance as Stance,
      incidentId: s.about.incident === null ? null : (incidentId.get(s.about.incident) ?? `incident:${gold.article.id}:${s.about.incident}`),
      targetIds: s.about.actor ? [`actor:${s.about.actor}`] : [],
      killed: s.killed,
      injured: s.injured,
      children: s.children,
      qualifier: (s.qualifier as Qualifier | null) ?? null,
      date: null,
      text: evidence,
      sentence: evidence,
      start: Math.max(at, 0),
      end: Math.max(at, 0) + evidence.length,
    };
  });

  return {
    article: { id: `article:${gold.article.id}`, title: gold.article.title, outlet: gold.article.outlet, url: gold.article.url, publishedAt: gold.article.publishedAt, language: 'en' },
    actors: [...actorIds].map((id) => {
      const e = actorEntry.get(id);
      return { id: `actor:${id}`, name: e?.name ?? id, kind: actorKind(e?.kind), aliases: e?.aliases ?? [], partOf: e?.partOf ? `actor:${e.partOf}` : null };
    }),
    places: [...placeIds].map((id) => {
      const e = placeEntry.get(id);
      return { id: `place:${id}`, name: e?.name ?? id, kind: placeKind(e?.kind), aliases: e?.aliases ?? [], latitude: e?.lat ?? null, longitude: e?.lon ?? null, geonamesId: null, parentId: null };
    }),
    incidents: gold.incidents.map((i) => ({
      id: incidentId.get(i.key)!,
      kind: i.kind as IncidentKind,
      date: i.date,
      datePrecision: precisionOf(i.date),
      placeIds: i.places.map((p) => `place:${p}`),
      perpetratorIds: i.perpetratorAlleged.map((a) => `actor:${a}`),
      summary: '',
    })),
    statements,
    mentions: [...[...actorIds].map((id) => `actor:${id}`), ...[...placeIds].map((id) => `place:${id}`)],
  };
}
