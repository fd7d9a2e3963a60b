/** Precision / recall / F1 with the zero-denominator conventions of docs/evaluation.md. */
import type { Counts, Prf } from './types';

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R).
 * Nothing predicted: P = 1 if nothing was expected either, else 0. Nothing expected: R = 1 if nothing
 * was predicted either, else 0. So two empty sets score 1/1/1 and a wrong side scores 0. F1 = 0 when
 * P + R = 0.
 */
export function prf(c: Counts): Prf {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Set comparison of distinct keys: counts plus the keys on each side that found no partner. */
export function compareSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): { counts: Counts; missed: string[]; extra: string[] } {
  const missed = [...gold].filter((k) => !predicted.has(k));
  const extra = [...predicted].filter((k) => !gold.has(k));
  return { counts: { tp: gold.size - missed.length, fp: extra.length, fn: missed.length }, missed, extra };
}
