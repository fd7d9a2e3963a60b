/**
 * A scaled-up corpus for benchmarks: the development corpus and the seed articles, varied so that
 * every generated article is a different text (different numbers, spellings and dates) while keeping
 * the shape of real copy. Deterministic: the same index always gives the same article.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../src/domain/facts';

export interface BenchArticle {
  text: string;
  meta: ArticleMeta;
}

const VARIANTS: Array<[RegExp, string[]]> = [
  [/\bIdlib\b/g, ['Idlib', 'Idleb']],
  [/\bSaraqeb\b/g, ['Saraqeb', 'Saraqib']],
  [/\bKhan Sheikhoun\b/g, ['Khan Sheikhoun', 'Khan Shaykhun', 'Khan Sheikhun']],
  [/\bMonday\b/g, ['Monday', 'Tuesday', 'Sunday']],
  [/\bRussian\b/g, ['Russian', 'Russian']],
];

function loadBase(root: string): BenchArticle[] {
  const out: BenchArticle[] = [];
  const corpus = join(root, 'test', 'corpus');
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) {
      const goldFile = join(corpus, name.replace(/\.txt$/, '.gold.json'));
      const article = existsSync(goldFile)
        ? (JSON.parse(readFileSync(goldFile, 'utf8')) as { article?: ArticleMeta }).article ?? {}
        : {};
      out.push({ text: readFileSync(join(corpus, name), 'utf8'), meta: { title: article.title ?? null, outlet: article.outlet ?? null, publishedAt: article.publishedAt ?? null } });
    }
  }
  const seeds = join(root, 'seed', 'articles');
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
    const metaFile = join(seeds, name.replace(/\.txt$/, '.meta.json'));
    const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ArticleMeta) : {};
    out.push({ text: readFileSync(join(seeds, name), 'utf8'), meta });
  }
  if (out.length === 0) throw new Error('no articles to build a benchmark corpus from');
  return out;
}

/** Returns a generator of `count` distinct articles built from the base corpus. */
export function scaledCorpus(root: string): (index: number) => BenchArticle {
  const base = loadBase(root);
  return (index: number) => {
    const source = base[index % base.length]!;
    const round = Math.floor(index / base.length);
    let text = source.text;
    VARIANTS.forEach(([pattern, options], k) => {
      text = text.replace(pattern, options[(round + k) % options.length]!);
    });
    // Vary every figure so that no two generated articles are the same text.
    text = text.replace(/\b(\d{1,3})\b(?![-/:]\d)/g, (m) => String(((Number(m) + round) % 997) + 1));
    text += `\n\n(bench copy ${index})\n`;
    return { text, meta: source.meta };
  };
}
