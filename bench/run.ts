/**
 * `npm run bench`: throughput and memory of extraction and of loading into the embedded store, on a
 * scaled-up corpus, with baselines measured in the same run. Prints a table; medians of several runs.
 *
 *   npm run bench -- [--articles 2000] [--runs 5] [--load 500] [--graph 100,1000]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import sbd from 'sbd';
import { extractArticle } from '../src/extract';
import { loadArticleFacts } from '../src/seeder/load';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { PROJECT_ROOT } from '../src/store/cypher';
import { scaledCorpus, type BenchArticle } from './corpus';
import { benchGraphql } from './graphql';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
    load: { type: 'string', default: '500' },
    graph: { type: 'string', default: '100,1000' },
  },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const LOAD = Number(values.load);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function timeRun(articles: BenchArticle[], work: (a: BenchArticle) => void): number {
  const started = process.hrtime.bigint();
  for (const article of articles) work(article);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return articles.length / seconds;
}

async function main(): Promise<void> {
  const make = scaledCorpus(PROJECT_ROOT);
  const articles = Array.from({ length: ARTICLES }, (_, i) => make(i));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  process.stderr.write(`corpus: ${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MiB; ${RUNS} runs each\n`);

  const stages: Array<[string, (a: BenchArticle) => void]> = [
    ['baseline: sha256 of the text', (a) => void createHash('sha256').update(a.text).digest('hex')],
    ['baseline: sentence split (sbd)', (a) => void sbd.sentences(a.text, { newline_boundaries: true })],
    ['extractArticle (full pipeline)', (a) => void extractArticle(a.text, a.meta)],
  ];
  extractArticle(articles[0]!.text, articles[0]!.meta); // warm up module-level tables

  const rows: Array<{ stage: string; rate: number; perArticleMs: number }> = [];
  for (const [stage, work] of stages) {
    const rates: number[] = [];
    for (let r = 0; r < RUNS; r++) rates.push(timeRun(articles, work));
    const rate = median(rates);
    rows.push({ stage, rate, perArticleMs: 1000 / rate });
  }

  // Memory while streaming an ever larger corpus through extraction: should stay flat.
  const checkpoints = [500, 1000, 2000, 4000].filter((n) => n <= Math.max(ARTICLES * 2, 4000));
  const memory: Array<{ processed: number; heapMb: number }> = [];
  const before = heapMb();
  let processed = 0;
  for (const checkpoint of checkpoints) {
    while (processed < checkpoint) {
      const a = make(ARTICLES + processed);
      extractArticle(a.text, a.meta);
      processed++;
    }
    memory.push({ processed, heapMb: heapMb() });
  }

  // Loading: extraction results into the in-memory embedded store, one transaction per article.
  const store = await openEmbeddedStore();
  const facts = articles.slice(0, LOAD).map((a) => extractArticle(a.text, a.meta));
  const loadStarted = process.hrtime.bigint();
  for (const f of facts) await loadArticleFacts(store, f);
  const loadSeconds = Number(process.hrtime.bigint() - loadStarted) / 1e9;
  const reloadStarted = process.hrtime.bigint();
  for (const f of facts) await loadArticleFacts(store, f);
  const reloadSeconds = Number(process.hrtime.bigint() - reloadStarted) / 1e9;
  await store.close();

  const full = rows[rows.length - 1]!.rate;
  const out: string[] = [];
  out.push(`Extraction throughput, one core, ${articles.length} articles, median of ${RUNS} runs`);
  out.push('');
  out.push('| stage | articles/s | ms/article | vs full pipeline |');
  out.push('|---|---:|---:|---:|');
  for (const row of rows) {
    out.push(`| ${row.stage} | ${row.rate.toFixed(0)} | ${row.perArticleMs.toFixed(3)} | ${(row.rate / full).toFixed(1)}x |`);
  }
  out.push('');
  out.push(`Heap after GC while streaming articles through extraction (start ${before.toFixed(1)} MiB${gc ? '' : ', no --expose-gc: figures are noisy'})`);
  out.push('');
  out.push('| articles processed | heap MiB |');
  out.push('|---:|---:|');
  for (const m of memory) out.push(`| ${m.processed} | ${m.heapMb.toFixed(1)} |`);
  out.push('');
  out.push(`Loading into the embedded store (in memory), ${facts.length} articles, one transaction each`);
  out.push('');
  out.push('| run | articles/s |');
  out.push('|---|---:|');
  out.push(`| first load (creates) | ${(facts.length / loadSeconds).toFixed(0)} |`);
  out.push(`| second load (all matched) | ${(facts.length / reloadSeconds).toFixed(0)} |`);
  const sizes = values.graph.split(',').map(Number).filter((n) => n > 0);
  if (sizes.length > 0) out.push('', ...(await benchGraphql(sizes, Math.max(RUNS, 5))));
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
