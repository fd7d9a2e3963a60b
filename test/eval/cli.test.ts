import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleFacts, ArticleMeta } from '../../src/domain/facts';
import { Stance } from '../../src/domain/model';
import { main, parseEvalArgs } from '../../src/eval/cli';
import { parseGold } from '../../src/eval/gold';
import { runEval } from '../../src/eval/runner';
import { KINDS, type GoldArticle } from '../../src/eval/types';
import { perfectFacts } from './helpers';

const CORPUS = resolve(__dirname, '..', 'corpus');

function goldByTitle(dir: string): Map<string, GoldArticle> {
  const m = new Map<string, GoldArticle>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
    const g = parseGold(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
    m.set(g.article.title, g);
  }
  return m;
}

/** An extractor that answers with the gold itself (found by the title in the metadata it is given). */
function oracle(dir: string): (text: string, meta: ArticleMeta) => ArticleFacts {
  const byTitle = goldByTitle(dir);
  return (_text, meta) => {
    const g = byTitle.get(meta.title ?? '');
    if (!g) throw new Error(`no gold for ${meta.title}`);
    return perfectFacts(g);
  };
}

async function capture(work: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await work(), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** A throwaway set in the seed layout: DIR/gold/{NAME.gold.json, entities.json} + DIR/articles/NAME.txt. */
function seedLayout(names: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'eval-'));
  mkdirSync(join(root, 'gold'));
  mkdirSync(join(root, 'articles'));
  copyFileSync(join(CORPUS, 'entities.json'), join(root, 'gold', 'entities.json'));
  for (const n of names) {
    copyFileSync(join(CORPUS, `${n}.gold.json`), join(root, 'gold', `${n}.gold.json`));
    copyFileSync(join(CORPUS, `${n}.txt`), join(root, 'articles', `${n}.txt`));
  }
  return join(root, 'gold');
}

describe('runEval on the development corpus', () => {
  it('gives a perfect extractor 1.0 on every kind, merges included', async () => {
    const r = await runEval({ sets: [{ name: 'corpus', goldDir: CORPUS }], extract: oracle(CORPUS) });
    const set = r.sets[0];
    expect(set?.articles).toHaveLength(24);
    for (const k of KINDS) expect(set?.totals.scores[k]).toEqual({ p: 1, r: 1, f1: 1 });
    expect(set?.totals.counts.merges.tp).toBeGreaterThan(10);
  });

  it('hands the gold article block to the extractor as metadata', async () => {
    const seen: ArticleMeta[] = [];
    const extract = oracle(CORPUS);
    await runEval({ sets: [{ name: 'c', goldDir: seedLayout(['dev-01']) }], extract: (t, m) => (seen.push(m), extract(t, m)) });
    expect(seen).toEqual([
      { title: 'Air strikes on Idlib market town kill at least 23, monitor says', outlet: 'Meridian Wire', url: 'https://example.org/meridian-wire/2019/07/15/syria-idlib-market-strikes-kill-23', publishedAt: '2019-07-15' },
    ]);
  });
});

describe('eval CLI', () => {
  it('--json prints exactly one JSON object with p/r/f1 for every kind of every set', async () => {
    const dir = seedLayout(['dev-05', 'dev-06']);
    const { code, out } = await capture(() => main(['--json', '--set', dir], oracle(CORPUS)));
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Record<string, Record<string, Record<string, number>>>;
    expect(Object.keys(parsed)).toEqual([dir.split('/').slice(-2, -1)[0]]); // `gold` folder → parent's name
    const set = Object.values(parsed)[0] ?? {};
    expect(Object.keys(set)).toEqual(['actors', 'places', 'incidents', 'statements', 'figures', 'merges']);
    for (const v of Object.values(set)) expect(Object.keys(v)).toEqual(['p', 'r', 'f1']);
    expect(set['merges']).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('keeps stray console output of the extractor off stdout in --json mode', async () => {
    const extract = oracle(CORPUS);
    const { out, err } = await capture(() =>
      main(['--json', '--set', seedLayout(['dev-01']), '--name', 'x'], (t, m) => {
        console.log('debug noise');
        return extract(t, m);
      }),
    );
    expect(Object.keys(JSON.parse(out) as object)).toEqual(['x']);
    expect(err).toContain('debug noise');
  });

  it('reports an article whose extraction throws as all misses and carries on', async () => {
    const dir = seedLayout(['dev-01', 'dev-02']);
    const extract = oracle(CORPUS);
    const { code, out } = await capture(() =>
      main(['--set', dir, '--quiet'], (t, m) => {
        if (m.publishedAt === '2019-07-16') throw new Error('ExtractionError: cannot parse');
        return extract(t, m);
      }),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/FAILED dev-02: extraction failed: Error: ExtractionError: cannot parse/);
    expect(out).toMatch(/^actors\s+1\.000\s+0\.\d+/m); // no false hits, dev-02's actors missed
    expect(out).not.toContain('-- dev-01'); // --quiet: no per-article lists
  });

  it('lists misses and false hits per article without --quiet', async () => {
    const dir = seedLayout(['dev-01']);
    const extract = oracle(CORPUS);
    const { out } = await capture(() =>
      main(['--set', dir], (t, m) => {
        const f = extract(t, m);
        return { ...f, statements: f.statements.slice(1), mentions: [...f.mentions, 'actor:al-jazeera'] };
      }),
    );
    expect(out).toContain('-- dev-01');
    expect(out).toMatch(/- statements +sohr CLAIM @A «Air strikes hit a crowded/);
    expect(out).toMatch(/\+ actors +\?al-jazeera/);
  });

  it('sums the statement misses by cause under the table', async () => {
    const dir = seedLayout(['dev-01']);
    const extract = oracle(CORPUS);
    const { out } = await capture(() =>
      main(['--set', dir, '--quiet'], (t, m) => {
        const f = extract(t, m);
        // The first statement dropped, the second given the wrong stance (same sentence).
        const [, second, ...rest] = f.statements;
        if (!second) throw new Error('dev-01 has fewer than two statements');
        return { ...f, statements: [{ ...second, stance: second.stance === Stance.DENIAL ? Stance.CLAIM : Stance.DENIAL }, ...rest] };
      }),
    );
    expect(out).toMatch(/^\(statement misses by cause: (?:not found 1, stance 1|stance 1, not found 1)\)$/m);
  });

  it('rejects unknown options and a --name without --set', async () => {
    expect((await capture(() => main(['--bogus']))).code).toBe(1);
    expect(() => parseEvalArgs(['--name', 'x'])).toThrow(/--name needs a matching --set/);
  });

  it('defaults to the seeds (texts in seed/articles) and the corpus', () => {
    const { sets } = parseEvalArgs([]);
    expect(sets.map((s) => s.name)).toEqual(['seeds', 'corpus']);
    expect(sets[0]?.goldDir).toMatch(/seed[/\\]gold$/);
    expect(sets[0]?.textDirs?.[0]).toMatch(/seed[/\\]articles$/);
  });
});

describe('eval --against (two annotators of the same articles)', () => {
  /** A copy of some corpus gold files, each passed through `edit` before it is written. */
  function secondAnnotation(names: string[], edit: (g: GoldArticle) => GoldArticle = (g) => g): string {
    const root = mkdtempSync(join(tmpdir(), 'agree-'));
    copyFileSync(join(CORPUS, 'entities.json'), join(root, 'entities.json'));
    for (const n of names) {
      const g = JSON.parse(readFileSync(join(CORPUS, `${n}.gold.json`), 'utf8')) as GoldArticle;
      writeFileSync(join(root, `${n}.gold.json`), JSON.stringify(edit(g)));
    }
    return root;
  }

  it('scores an identical second annotation 1.0 on every kind, merges included', async () => {
    const names = readdirSync(CORPUS).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length));
    const { code, out } = await capture(() => main(['--set', CORPUS, '--against', secondAnnotation(names), '--json']));
    expect(code).toBe(0);
    const scores = JSON.parse(out).corpus as Record<string, { f1: number }>;
    for (const k of KINDS) expect(scores[k]?.f1).toBe(1);
  });

  it('counts a statement the second annotator gave another stance as one miss and one false hit, with its cause', async () => {
    const gold = seedLayout(['dev-01']);
    const other = secondAnnotation(['dev-01'], (g) => ({ ...g, statements: g.statements.map((s, i) => (i === 0 ? { ...s, stance: s.stance === 'DENIAL' ? 'CLAIM' : 'DENIAL' } : s)) }));
    const { code, out } = await capture(() => main(['--set', gold, '--against', other, '--quiet']));
    expect(code).toBe(0);
    expect(out).toMatch(/^statements\s+\S+\s+\S+\s+\S+\s+\d+\s+1\s+1$/m);
    expect(out).toMatch(/^\(statement misses by cause: stance 1\)$/m);
    expect(out).toMatch(/^incidents\s+1\.000\s+1\.000\s+1\.000/m);
  });

  it('reports an article the second annotator left out as failed, and scores the rest', async () => {
    const gold = seedLayout(['dev-01', 'dev-02']);
    const { code, out } = await capture(() => main(['--set', gold, '--against', secondAnnotation(['dev-01']), '--quiet']));
    expect(code).toBe(0);
    expect(out).toMatch(/^FAILED dev-02: no second annotation dev-02\.gold\.json in /m);
  });

  it('needs exactly one --set', () => {
    expect(() => parseEvalArgs(['--against', CORPUS])).toThrow(/--against needs exactly one --set/);
    expect(() => parseEvalArgs(['--set', CORPUS, '--set', CORPUS, '--name', 'a', '--name', 'b', '--against', CORPUS])).toThrow(/--against needs exactly one --set/);
  });
});
