/** Rendering of evaluation results: the human table and the `--json` object. */
import { ARTICLE_KINDS, KINDS, type Kind, type Prf } from './types';
import type { EvalResult } from './runner';

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** `{ <set>: { <kind>: {p, r, f1} } }`: the exact shape `npm run eval -- --json` prints. */
export function toJson(result: EvalResult): Record<string, Record<Kind, Prf>> {
  const out: Record<string, Record<Kind, Prf>> = {};
  for (const set of result.sets) {
    out[set.name] = Object.fromEntries(
      KINDS.map((k) => {
        const s = set.totals.scores[k];
        return [k, { p: round(s.p), r: round(s.r), f1: round(s.f1) }];
      }),
    ) as Record<Kind, Prf>;
  }
  return out;
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const f3 = (x: number): string => x.toFixed(3);

export interface FormatOptions {
  /** Skip per-article lists. */
  quiet?: boolean;
}

export function formatReport(result: EvalResult, options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const set of result.sets) {
    const failed = set.articles.filter((a) => a.error !== undefined);
    lines.push(`== ${set.name}: ${set.articles.length} articles (${set.goldDir})${failed.length ? `, ${failed.length} failed` : ''}`);
    lines.push(`${pad('kind', 12)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('tp', 6)}${lpad('fp', 6)}${lpad('fn', 6)}`);
    for (const k of KINDS) {
      const s = set.totals.scores[k];
      const c = set.totals.counts[k];
      lines.push(`${pad(k, 12)}${lpad(f3(s.p), 7)}${lpad(f3(s.r), 7)}${lpad(f3(s.f1), 7)}${lpad(String(c.tp), 6)}${lpad(String(c.fp), 6)}${lpad(String(c.fn), 6)}`);
    }
    const m = set.totals.merges;
    if (m.excludedGoldPairs > 0) lines.push(`(merges: ${m.excludedGoldPairs} gold-merged pair(s) not scored: an incident on one side was not aligned)`);
    const causes = Object.entries(set.totals.statementMissCauses).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    if (causes.length > 0) lines.push(`(statement misses by cause: ${causes.map(([c, n]) => `${c} ${n}`).join(', ')})`);
    for (const a of failed) lines.push(`FAILED ${a.article}: ${a.error ?? ''}`);
    if (!options.quiet) {
      for (const a of set.articles) {
        const body: string[] = [];
        for (const k of ARTICLE_KINDS) {
          for (const x of a.misses[k]) body.push(`  - ${pad(k, 10)} ${x}`);
          for (const x of a.falseHits[k]) body.push(`  + ${pad(k, 10)} ${x}`);
        }
        for (const n of a.notes) body.push(`  ~ ${n}`);
        if (body.length === 0) continue;
        const align = a.alignment.map((l) => `${l.goldKey}=${l.predictedId}`).join(' ');
        lines.push(`-- ${a.article}${a.error ? ` (${a.error})` : ''}${align ? `  [${align}]` : ''}`);
        lines.push(...body);
      }
      if (m.missed.length + m.falseMerged.length > 0) lines.push('-- cross-article merges');
      for (const p of m.missed) lines.push(`  - merges     ${p.a} ~ ${p.b} (gold merged, extracted apart)`);
      for (const p of m.falseMerged) lines.push(`  + merges     ${p.a} ~ ${p.b} (extracted merged, gold apart)`);
      lines.push('("-" gold item missed, "+" false hit, "~" note that does not change any count)');
    }
    lines.push('');
  }
  return lines.join('\n');
}
