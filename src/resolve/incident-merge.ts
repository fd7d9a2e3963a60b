/**
 * Cross-article incident resolution: the same real-world incident told by several articles must be
 * one node. Extraction gives every incident an id from its own article (`incident:<date>:<place>:<kind>`,
 * or the article hash when the date is unknown); this step compares it with incidents already known
 * (in the graph, or earlier in an evaluation run) and adopts an existing id when they are the same event.
 *
 * The rule follows the annotation guidelines' notion of event identity: same kind, a shared place (after
 * spelling normalisation, which the place ids already carry), and dates that agree. Figures are never
 * compared: sources are expected to disagree on them.
 *  - dated incident: merges with a known incident of the same date; failing that, with the single known
 *    undated incident there (never with one dated differently);
 *  - undated incident: merges only when exactly one known incident of that kind is at that place, since
 *    without a date anything more would be a guess.
 * Ambiguity always means "keep apart": an undated incident with a twin of the same kind and place in
 * its own article is not merged, and each known incident absorbs at most one incident per article.
 */
import type { ArticleFacts, IncidentFact } from '../domain/facts';

export interface KnownIncident {
  id: string;
  kind: string;
  date: string | null;
  placeIds: string[];
  /** The article being resolved already reports this incident (a re-seed). */
  reportedHere?: boolean;
}

/**
 * Known incidents of the given kinds that occurred in at least one of the given places, marking those
 * the article `articleId` already reports.
 */
export type IncidentLookup = (
  placeIds: string[],
  kinds: string[],
  articleId: string,
) => Promise<KnownIncident[]> | KnownIncident[];

function sharedPlaces(a: string[], b: string[]): number {
  const set = new Set(a);
  return b.filter((p) => set.has(p)).length;
}

/** Deterministic preference: more shared places, then the smaller id. */
function best(incident: IncidentFact, candidates: KnownIncident[]): KnownIncident | undefined {
  return [...candidates].sort(
    (x, y) => sharedPlaces(incident.placeIds, y.placeIds) - sharedPlaces(incident.placeIds, x.placeIds) || x.id.localeCompare(y.id),
  )[0];
}

/** The id `incident` should carry given the known incidents, or its own id when none matches. */
export function chooseIncidentId(incident: IncidentFact, known: KnownIncident[], taken: ReadonlySet<string> = new Set()): string {
  // Known incidents come from the store, whose kinds are plain strings.
  const kind: string = incident.kind;
  const candidates = known.filter(
    (k) => k.kind === kind && sharedPlaces(incident.placeIds, k.placeIds) > 0 && !taken.has(k.id),
  );
  // Already in the graph under its own id (a re-seed): keep it.
  if (candidates.some((k) => k.id === incident.id)) return incident.id;
  // A re-seed of an article whose incident was merged into an earlier report: keep that one, whatever
  // has been added at the place since (otherwise the date rules could now choose differently).
  const reported = candidates.filter(
    (k) => k.reportedHere === true && (incident.date === null || k.date === null || k.date === incident.date),
  );
  if (reported.length > 0) return best(incident, reported)!.id;
  if (incident.date !== null) {
    const sameDay = candidates.filter((k) => k.date === incident.date);
    if (sameDay.length > 0) return best(incident, sameDay)!.id;
    const undated = candidates.filter((k) => k.date === null);
    return undated.length === 1 ? undated[0]!.id : incident.id;
  }
  return candidates.length === 1 ? candidates[0]!.id : incident.id;
}

/** Renames incidents (and the statements about them) per `mapping`; merges duplicates it creates. */
export function renameIncidents(facts: ArticleFacts, mapping: ReadonlyMap<string, string>): ArticleFacts {
  if ([...mapping].every(([from, to]) => from === to)) return facts;
  const rename = (id: string): string => mapping.get(id) ?? id;
  const incidents: IncidentFact[] = [];
  for (const incident of facts.incidents) {
    const id = rename(incident.id);
    const existing = incidents.find((i) => i.id === id);
    if (existing) {
      existing.placeIds = [...new Set([...existing.placeIds, ...incident.placeIds])];
      existing.perpetratorIds = [...new Set([...existing.perpetratorIds, ...incident.perpetratorIds])];
    } else {
      incidents.push({ ...incident, id, placeIds: [...incident.placeIds], perpetratorIds: [...incident.perpetratorIds] });
    }
  }
  const statements = facts.statements.map((s) =>
    s.incidentId === null ? s : { ...s, incidentId: rename(s.incidentId) },
  );
  return { ...facts, incidents, statements };
}

/** Resolves every incident of `facts` against known incidents; pure apart from the lookup. */
export async function resolveIncidentMerges(facts: ArticleFacts, lookup: IncidentLookup): Promise<ArticleFacts> {
  if (facts.incidents.length === 0) return facts;
  const placeIds = [...new Set(facts.incidents.flatMap((i) => i.placeIds))].sort();
  const kinds = [...new Set(facts.incidents.map((i) => i.kind))].sort();
  const known = await lookup(placeIds, kinds, facts.article.id);
  const mapping = new Map<string, string>();
  const taken = new Set<string>();
  // Dated incidents first: they are the surer matches.
  const ordered = [...facts.incidents].sort((a, b) => Number(a.date === null) - Number(b.date === null) || a.id.localeCompare(b.id));
  for (const incident of ordered) {
    // Two undated incidents of one kind at one place in the same article: which one a known incident
    // would be is a guess, so neither is merged.
    const twin = facts.incidents.some(
      (o) => o !== incident && o.kind === incident.kind && sharedPlaces(o.placeIds, incident.placeIds) > 0,
    );
    const id = incident.date === null && twin ? incident.id : chooseIncidentId(incident, known, taken);
    mapping.set(incident.id, id);
    if (id !== incident.id || known.some((k) => k.id === id)) taken.add(id);
  }
  return renameIncidents(facts, mapping);
}

/**
 * Known incidents kept in memory, for runs without a store (evaluation). `add` records an article's
 * resolved incidents the way the store keeps them: a known date is never replaced by an unknown one.
 */
export class InMemoryIncidentIndex {
  private readonly byId = new Map<string, KnownIncident>();
  private readonly reporters = new Map<string, Set<string>>();

  readonly lookup: IncidentLookup = (placeIds, kinds, articleId) => {
    const places = new Set(placeIds);
    return [...this.byId.values()]
      .filter((k) => kinds.includes(k.kind) && k.placeIds.some((p) => places.has(p)))
      .map((k) => ({ ...k, reportedHere: this.reporters.get(k.id)?.has(articleId) ?? false }));
  };

  add(facts: ArticleFacts): void {
    for (const incident of facts.incidents) {
      const reporters = this.reporters.get(incident.id) ?? new Set<string>();
      reporters.add(facts.article.id);
      this.reporters.set(incident.id, reporters);
      const existing = this.byId.get(incident.id);
      this.byId.set(incident.id, {
        id: incident.id,
        kind: incident.kind,
        date: incident.date ?? existing?.date ?? null,
        placeIds: [...new Set([...(existing?.placeIds ?? []), ...incident.placeIds])],
      });
    }
  }
}
