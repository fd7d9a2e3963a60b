import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkGold, loadGoldSet } from '../../src/eval/gold';

/** The gold sets shipped in the repository load and are internally consistent. */
describe.each([
  ['corpus', resolve(__dirname, '..', 'corpus'), 24],
  ['seeds', resolve(__dirname, '..', '..', 'seed', 'gold'), 5],
  ['dev-extra', resolve(__dirname, '..', 'dev-extra'), 8],
  ['dev-extra-2', resolve(__dirname, '..', 'dev-extra-2'), 8],
  ['dev-extra-3', resolve(__dirname, '..', 'dev-extra-3'), 8],
  ['dev-3', resolve(__dirname, '..', 'dev-3'), 8],
  ['dev-4', resolve(__dirname, '..', 'dev-4'), 8],
  ['dev-5', resolve(__dirname, '..', 'dev-5'), 8],
  ['dev-6', resolve(__dirname, '..', 'dev-6'), 8],
  ['heldout-4', resolve(__dirname, '..', 'heldout-4'), 8],
  ['dev-7', resolve(__dirname, '..', 'dev-7'), 8],
  ['dev-8', resolve(__dirname, '..', 'dev-8'), 8],
  ['dev-9', resolve(__dirname, '..', 'dev-9'), 8],
  ['dev-10', resolve(__dirname, '..', 'dev-10'), 8],
  ['dev-11', resolve(__dirname, '..', 'dev-11'), 8],
  ['heldout-17', resolve(__dirname, '..', 'heldout-17'), 8],
  ['dev-12', resolve(__dirname, '..', 'dev-12'), 8],
  ['dev-13', resolve(__dirname, '..', 'dev-13'), 8],
  ['dev-14', resolve(__dirname, '..', 'dev-14'), 8],
  ['dev-15', resolve(__dirname, '..', 'dev-15'), 8],
  ['dev-16', resolve(__dirname, '..', 'dev-16'), 8],
  ['dev-17', resolve(__dirname, '..', 'dev-17'), 8],
  ['dev-18', resolve(__dirname, '..', 'dev-18'), 8],
  ['dev-19', resolve(__dirname, '..', 'dev-19'), 8],
  ['dev-20', resolve(__dirname, '..', 'dev-20'), 8],
  ['dev-21', resolve(__dirname, '..', 'dev-21'), 8],
  ['dev-22', resolve(__dirname, '..', 'dev-22'), 8],
  ['dev-23', resolve(__dirname, '..', 'dev-23'), 8],
  ['dev-24', resolve(__dirname, '..', 'dev-24'), 8],
  ['dev-25', resolve(__dirname, '..', 'dev-25'), 8],
  ['dev-26', resolve(__dirname, '..', 'dev-26'), 8],
  ['dev-27', resolve(__dirname, '..', 'dev-27'), 8],
  ['dev-28', resolve(__dirname, '..', 'dev-28'), 8],
  ['dev-29', resolve(__dirname, '..', 'dev-29'), 8],
  ['dev-30', resolve(__dirname, '..', 'dev-30'), 8],
  ['dev-31', resolve(__dirname, '..', 'dev-31'), 8],
  ['dev-32', resolve(__dirname, '..', 'dev-32'), 8],
  ['dev-33', resolve(__dirname, '..', 'dev-33'), 8],
  ['dev-34', resolve(__dirname, '..', 'dev-34'), 8],
  ['dev-35', resolve(__dirname, '..', 'dev-35'), 8],
  ['dev-36', resolve(__dirname, '..', 'dev-36'), 8],
  ['dev-37', resolve(__dirname, '..', 'dev-37'), 8],
  ['dev-38', resolve(__dirname, '..', 'dev-38'), 8],
  ['dev-39', resolve(__dirname, '..', 'dev-39'), 8],
  ['heldout-26', resolve(__dirname, '..', 'heldout-26'), 8],
  ['heldout-27', resolve(__dirname, '..', 'heldout-27'), 8],
  ['heldout-28', resolve(__dirname, '..', 'heldout-28'), 8],
  ['heldout-29', resolve(__dirname, '..', 'heldout-29'), 8],
  ['heldout-30', resolve(__dirname, '..', 'heldout-30'), 8],
  ['heldout-31', resolve(__dirname, '..', 'heldout-31'), 8],
  ['heldout-32', resolve(__dirname, '..', 'heldout-32'), 8],
  ['heldout-33', resolve(__dirname, '..', 'heldout-33'), 8],
  ['heldout-34', resolve(__dirname, '..', 'heldout-34'), 8],
  ['heldout-35', resolve(__dirname, '..', 'heldout-35'), 8],
  ['heldout-36', resolve(__dirname, '..', 'heldout-36'), 8],
  ['heldout-37', resolve(__dirname, '..', 'heldout-37'), 8],
  ['heldout-38', resolve(__dirname, '..', 'heldout-38'), 8],
  ['heldout-39', resolve(__dirname, '..', 'heldout-39'), 8],
  ['heldout-40', resolve(__dirname, '..', 'heldout-40'), 8],
  ['heldout-41', resolve(__dirname, '..', 'heldout-41'), 8],
  ['heldout-42', resolve(__dirname, '..', 'heldout-42'), 8],
  ['heldout-43', resolve(__dirname, '..', 'heldout-43'), 8],
  ['heldout-44', resolve(__dirname, '..', 'heldout-44'), 8],
  ['heldout-45', resolve(__dirname, '..', 'heldout-45'), 8],
  ['heldout-46', resolve(__dirname, '..', 'heldout-46'), 8],
])('gold set %s', (_name, dir, count) => {
  const { registry, entries } = loadGoldSet(dir);

  it(`has ${count} gold files and a registry`, () => {
    expect(entries).toHaveLength(count);
    expect(registry.actors.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [e.name, e] as const))('%s is consistent with its registry and text', (_n, e) => {
    const text = e.textFile === null ? null : readFileSync(e.textFile, 'utf8');
    expect(checkGold(e.gold, registry, text)).toEqual([]);
  });
});

describe('held-out sets', () => {
  it('share no article text with the development sets (the link model trains on those)', () => {
    const root = resolve(__dirname, '..', '..');
    const textsOf = (dir: string): string[] =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(resolve(dir, f), 'utf8').replace(/\s+/g, ' ').trim());
    const testDirs = readdirSync(resolve(root, 'test')).map((d) => resolve(root, 'test', d));
    const heldOut = testDirs.filter((d) => /[/\\]heldout-[^/\\]*$/.test(d));
    const development = [resolve(root, 'seed', 'articles'), ...testDirs.filter((d) => /[/\\](?:corpus|dev-[^/\\]*)$/.test(d))];
    expect(heldOut.length).toBeGreaterThan(0);
    const dev = new Set(development.flatMap(textsOf));
    for (const d of heldOut) for (const t of textsOf(d)) expect(dev.has(t)).toBe(false);
  });
});

describe('checkGold', () => {
  it('names dangling ids and evidence that is not in the text', () => {
    const { registry, entries } = loadGoldSet(resolve(__dirname, '..', 'corpus'));
    const e = entries[0];
    if (!e) throw new Error('no corpus');
    const first = e.gold.statements[0];
    if (!first) throw new Error('no statement');
    const broken = {
      ...e.gold,
      actors: [...e.gold.actors, 'nobody'],
      statements: [{ ...first, speaker: 'hts', about: { incident: 'Z', actor: null }, evidence: 'not in the article' }],
    };
    expect(checkGold(broken, registry, 'some text')).toEqual([
      'actor nobody is not in the registry',
      'statement 0 (hts CLAIM): speaker is not in the article\'s actors',
      'statement 0 (hts CLAIM): about.incident Z is not an incident key',
      'statement 0 (hts CLAIM): evidence is not a substring of the text',
    ]);
  });
});
