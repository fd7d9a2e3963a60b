import { analyse } from '../../src/extract/document';
import { findIncidents, type DraftIncident } from '../../src/extract/incidents';
import { decideLink, decideStatementLink, incidentBefore, linkFeatures, linkProbability, LINK_MODEL, relinkStatements, type LinkModel } from '../../src/extract/link-model';
import { findStatements } from '../../src/extract/statements';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoldSet } from '../../src/eval/gold';
import { collect, collectCases, DEFAULT_CASE_FILES, DEFAULT_SETS, trainDefault } from '../../scripts/train-link-model';

const ARTICLE = `Strike hits market in Sarmin

Air strikes hit a market in the town of Sarmin on Monday, killing seven civilians, the Syrian Observatory for Human Rights said.

The White Helmets said their volunteers pulled four children from the rubble of the market.

Turkey's foreign ministry said the offensive in Idlib province had displaced hundreds of thousands of people since December.
`;

function parse(text = ARTICLE) {
  const doc = analyse(text, '2020-02-18', null);
  const incidents = findIncidents(doc);
  const { statements } = findStatements(doc, incidents);
  return { doc, incidents, statements, ctx: { doc, incidents, kindOf: () => null } };
}

describe('link features', () => {
  const { statements, ctx } = parse();
  const by = (speaker: string) => {
    const st = statements.find((s) => s.speaker === speaker);
    if (!st) throw new Error(`no statement by ${speaker}`);
    return linkFeatures(ctx, st);
  };

  it('see the incident reported in the statement itself, with its place in the clause', () => {
    const f = by('sohr');
    expect(f.has('own-sentence')).toBe(true);
    expect(f.has('place:incident:clause')).toBe(true);
    expect(f.get('since-incident:≤0')).toBe(1);
  });

  it('see a campaign-level remark as general and aggregate, about another place', () => {
    const f = by('turkish-foreign-ministry');
    expect(f.has('clause:general')).toBe(true);
    expect(f.has('clause:aggregate')).toBe(true);
    expect(f.has('place:other:clause')).toBe(true);
    expect(f.has('own-sentence')).toBe(false);
  });

  it('take only lower-case words, so no name from a training article can become a cue', () => {
    const words = [...by('sohr').keys(), ...by('turkish-foreign-ministry').keys()].filter((k) => k.startsWith('w:'));
    expect(words).toEqual(expect.arrayContaining(['w:market', 'w:displaced']));
    expect(words.some((w) => /sarmin|idlib|december|turkey|syrian/.test(w))).toBe(false);
  });
});

describe('relinkStatements', () => {
  it('unlinks what the model rejects and links what it accepts to the incident reported last before', () => {
    const { statements, ctx, incidents } = parse();
    // A toy model: everything links except a general remark.
    const model: LinkModel = { bias: 3, threshold: 0.5, weights: { 'clause:general': -10 } };
    const tfm = statements.find((s) => s.speaker === 'turkish-foreign-ministry')!;
    const scd = statements.find((s) => s.speaker === 'syrian-civil-defence')!;
    scd.incidentKey = null; // as if the rules had missed it
    relinkStatements(ctx, statements, model);
    expect(tfm.incidentKey).toBeNull();
    expect(scd.incidentKey).toBe(incidents[0]!.key);
  });

  it('leaves an article without incidents alone', () => {
    const { statements, ctx } = parse();
    for (const s of statements) s.incidentKey = 7;
    relinkStatements({ ...ctx, incidents: [] }, statements, { bias: -10, threshold: 0.5, weights: {} });
    expect(statements.every((s) => s.incidentKey === 7)).toBe(true);
  });

  it('never links an aggregate toll or a diplomatic call, whatever the weights say (the guidelines settle those)', () => {
    const eager: LinkModel = { bias: 10, threshold: 0.5, weights: {} };
    expect(decideLink(eager, new Map([['figures', 1]]))).toBe(true);
    expect(decideLink(eager, new Map([['figures', 1], ['clause:across-region', 1]]))).toBe(false);
    expect(decideLink(eager, new Map([['figures', 1], ['clause:aggregate', 1]]))).toBe(false);
    expect(decideLink(eager, new Map([['clause:aggregate', 1]]))).toBe(true); // "in recent days" without a toll
    expect(decideLink(eager, new Map([['CALL×clause:treaty', 1]]))).toBe(false);
    // "respect their obligations under international humanitarian law": diplomatic words, but no treaty.
    expect(decideLink(eager, new Map([['CALL×clause:diplomatic', 1]]))).toBe(true);
  });

  it('turns weights into a probability with a logistic function', () => {
    const m: LinkModel = { bias: 0, threshold: 0.5, weights: { a: 2 } };
    expect(linkProbability(m, new Map())).toBeCloseTo(0.5);
    expect(linkProbability(m, new Map([['a', 1]]))).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});

describe('incidentBefore', () => {
  const inc = (key: number, ...sentences: number[]): DraftIncident => ({ key, kind: 'AIRSTRIKE' as DraftIncident['kind'], date: null, placeSlugs: [], perpetrators: new Set(), sentences: new Set(sentences), summary: '' });
  it('is the incident reported last at or before the sentence, else the first reported', () => {
    const incidents = [inc(1, 2, 9), inc(2, 5)];
    expect(incidentBefore(incidents, 6)?.key).toBe(2);
    expect(incidentBefore(incidents, 9)?.key).toBe(1);
    expect(incidentBefore(incidents, 0)?.key).toBe(1);
    expect(incidentBefore([], 3)).toBeNull();
  });
});

describe('decideStatementLink', () => {
  it('decides as decideLink over linkFeatures on every statement of every development article, with per-article context', () => {
    const root = join(__dirname, '..', '..');
    let statementsSeen = 0;
    for (const dir of DEFAULT_SETS) {
      for (const e of loadGoldSet(join(root, dir)).entries) {
        if (!e.textFile) continue;
        const { doc, incidents, statements } = (() => {
          const d = analyse(readFileSync(e.textFile, 'utf8'), e.gold.article.publishedAt ?? null, e.gold.article.outlet ?? null);
          const inc = findIncidents(d);
          return { doc: d, incidents: inc, statements: findStatements(d, inc).statements };
        })();
        const ctx = { doc, incidents, kindOf: () => null };
        const perArticle = { ...ctx, sentenceCues: new Map(), incidentPlaces: new Set(incidents.flatMap((i) => i.placeSlugs)) };
        for (const st of statements) {
          statementsSeen++;
          expect([e.name, st.clauseStart, decideStatementLink(LINK_MODEL, perArticle, st)]).toEqual([e.name, st.clauseStart, decideLink(LINK_MODEL, linkFeatures(ctx, st))]);
        }
      }
    }
    expect(statementsSeen).toBeGreaterThan(1000);
  });
});

describe('the committed link model', () => {
  it('is what scripts/train-link-model.ts trains from the development gold and the current extractor (run it with --write when this fails)', () => {
    const examples = [...DEFAULT_SETS.flatMap((dir) => collect(dir)), ...DEFAULT_CASE_FILES.flatMap((file) => collectCases(file))];
    expect(examples.length).toBeGreaterThan(500);
    const fresh = trainDefault(examples, LINK_MODEL.l2 ?? 1);
    expect(fresh.trainedOn).toEqual(LINK_MODEL.trainedOn);
    expect(fresh.bias).toBeCloseTo(LINK_MODEL.bias, 3);
    expect(Object.keys(fresh.weights).sort()).toEqual(Object.keys(LINK_MODEL.weights).sort());
    for (const [k, v] of Object.entries(fresh.weights)) expect([k, v]).toEqual([k, expect.closeTo(LINK_MODEL.weights[k]!, 3)]);
  });

  it('is never trained on a held-out set', () => {
    expect(() => collect('test/heldout-4')).toThrow(/held-out/);
    expect(() => collectCases('test/behaviour-heldout/statements-incidents.json')).toThrow(/held-out/);
    expect(LINK_MODEL.trainedOn?.some((s) => /heldout/i.test(s))).toBe(false);
  });

  it('learns from the development case files too, each statement labelled by the incident its case names', () => {
    expect(LINK_MODEL.trainedOn).toEqual(expect.arrayContaining(DEFAULT_CASE_FILES.map((f) => `cases:${f.split('/').pop()!.replace(/\.json$/, '')}`)));
    const examples = collectCases('test/behaviour/statements-articles.json');
    expect(examples.length).toBeGreaterThan(400);
    // (both labels occur: remarks about no incident as well as about one)
    expect(new Set(examples.map((x) => x.label))).toEqual(new Set([true, false]));
  });
});
