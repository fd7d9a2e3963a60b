/**
 * `npm run eval [-- options]`: scores the extraction pipeline against gold sets.
 *
 *   (no --set)        the seeds (seed/gold, texts seed/articles) and the corpus (test/corpus)
 *   --set DIR         score DIR instead (repeatable): NAME.gold.json + entities.json, NAME.txt beside
 *                     them or in --texts DIR / a sibling articles/ folder
 *   --texts DIR       extra folder searched first for NAME.txt (repeatable; applies to every set)
 *   --name NAME       report label / JSON key for a single --set (default: the folder name)
 *   --against DIR     score a second annotation of the same articles (NAME.gold.json + entities.json in
 *                     DIR) instead of the extractor: how far two annotators agree (one --set only)
 *   --json            print one JSON object {set: {kind: {p, r, f1}}} to stdout and nothing else
 *   --quiet           totals only, no per-article misses and false hits
 *
 * Progress goes to stderr. Exit code 0 when scoring ran (whatever the scores), 1 on bad usage or
 * unreadable gold.
 */
import { format, parseArgs } from 'node:util';
import { formatReport, toJson } from './report';
import { defaultSets, runEval, setNameFor, type EvalOptions, type EvalSetSpec } from './runner';

export const USAGE = `usage: npm run eval -- [--set DIR [--name NAME]]... [--texts DIR]... [--against DIR] [--json] [--quiet]`;

export function parseEvalArgs(argv: string[]): { sets: EvalSetSpec[]; json: boolean; quiet: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: 'string', multiple: true },
      texts: { type: 'string', multiple: true },
      name: { type: 'string', multiple: true },
      against: { type: 'string' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) throw new HelpRequested();
  const texts = values.texts ?? [];
  const names = values.name ?? [];
  const dirs = values.set ?? [];
  if (names.length > dirs.length) throw new Error('--name needs a matching --set');
  const sets: EvalSetSpec[] =
    dirs.length > 0
      ? dirs.map((d, i) => ({ name: names[i] ?? setNameFor(d), goldDir: d, textDirs: texts }))
      : defaultSets().map((s) => ({ ...s, textDirs: [...texts, ...(s.textDirs ?? [])] }));
  if (values.against !== undefined) {
    if (dirs.length !== 1) throw new Error('--against needs exactly one --set (the first annotation)');
    sets[0]!.againstDir = values.against;
  }
  const seen = new Set<string>();
  for (const s of sets) {
    if (seen.has(s.name)) throw new Error(`two sets are both called "${s.name}": add --name`);
    seen.add(s.name);
  }
  return { sets, json: values.json ?? false, quiet: values.quiet ?? false };
}

class HelpRequested extends Error {}

/**
 * While the extractor runs in --json mode, console output it makes goes to stderr, so stdout carries
 * only the JSON object.
 */
async function withConsoleOnStderr<T>(work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn };
  const toErr = (...args: unknown[]): void => {
    process.stderr.write(`${format(...args)}\n`);
  };
  console.log = toErr;
  console.info = toErr;
  console.debug = toErr;
  console.warn = toErr;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

export async function main(argv: string[], extract?: EvalOptions['extract']): Promise<number> {
  let parsed: ReturnType<typeof parseEvalArgs>;
  try {
    parsed = parseEvalArgs(argv);
  } catch (e) {
    if (e instanceof HelpRequested) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 1;
  }
  const options: EvalOptions = { sets: parsed.sets, onProgress: (l) => process.stderr.write(`${l}\n`) };
  if (extract) options.extract = extract;
  try {
    if (parsed.json) {
      const result = await withConsoleOnStderr(() => runEval(options));
      process.stdout.write(`${JSON.stringify(toJson(result))}\n`);
    } else {
      const result = await runEval(options);
      process.stdout.write(`${formatReport(result, { quiet: parsed.quiet })}\n`);
    }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
