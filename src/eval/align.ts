/**
 * Incident alignment: which extracted incident is which gold incident, within one article.
 *
 * A pair is compatible when the place sets (both as registry ids) share at least one place, the kinds
 * are equal, and the dates do not conflict (equal, one a prefix of the other for month/year precision,
 * or either side null). Among compatible pairs a one-to-one alignment is chosen that first maximises
 * the number of aligned pairs, then the summed quality (place Jaccard + 0.5 for an identical date,
 * null = null included), then prefers earlier incidents (deterministic).
 */

export interface AlignableIncident {
  /** Gold key or extracted id. */
  ref: string;
  kind: string;
  date: string | null;
  /** Registry place ids. */
  places: readonly string[];
}

export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

export function incidentsCompatible(g: AlignableIncident, p: AlignableIncident): boolean {
  return g.kind === p.kind && datesCompatible(g.date, p.date) && g.places.some((x) => p.places.includes(x));
}

function quality(g: AlignableIncident, p: AlignableIncident): number {
  const gs = new Set(g.places);
  const ps = new Set(p.places);
  const inter = [...gs].filter((x) => ps.has(x)).length;
  const union = new Set([...gs, ...ps]).size;
  return (union === 0 ? 0 : inter / union) + (g.date === p.date ? 0.5 : 0);
}

/** Above this many explored states the exact search gives way to greedy-by-quality. */
const SEARCH_LIMIT = 200_000;

/** Returns [goldIndex, predictedIndex] pairs. */
export function alignIncidents(gold: readonly AlignableIncident[], predicted: readonly AlignableIncident[]): Array<[number, number]> {
  const options: Array<Array<{ j: number; q: number }>> = gold.map((g) =>
    predicted.flatMap((p, j) => (incidentsCompatible(g, p) ? [{ j, q: quality(g, p) }] : [])),
  );
  let best: { n: number; q: number; pairs: Array<[number, number]> } = { n: 0, q: 0, pairs: [] };
  let states = 0;
  const used = new Set<number>();
  const cur: Array<[number, number]> = [];
  const search = (i: number, q: number): boolean => {
    if (++states > SEARCH_LIMIT) return false;
    if (i === gold.length) {
      if (cur.length > best.n || (cur.length === best.n && q > best.q + 1e-9)) best = { n: cur.length, q, pairs: [...cur] };
      return true;
    }
    for (const { j, q: oq } of options[i] ?? []) {
      if (used.has(j)) continue;
      used.add(j);
      cur.push([i, j]);
      const ok = search(i + 1, q + oq);
      cur.pop();
      used.delete(j);
      if (!ok) return false;
    }
    return search(i + 1, q);
  };
  if (search(0, 0)) return best.pairs.sort((a, b) => a[0] - b[0]);

  // Pathologically many candidates: greedy by quality.
  const all = options.flatMap((os, i) => os.map(({ j, q }) => ({ i, j, q }))).sort((a, b) => b.q - a.q || a.i - b.i || a.j - b.j);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of all) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
