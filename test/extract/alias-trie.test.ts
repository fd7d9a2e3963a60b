/**
 * The alias trie must find exactly what the one-regex alternation it replaced found: the same
 * starts and ends, case-sensitive and in title-case mode, for whole words and for possessives.
 * The regex is built from the trie's own `source()`, with the boundary assertions the matcher
 * applies; the texts are invented edge cases, then every line of the seed articles and the corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AliasTrie, type AliasMatch, type AliasTail } from '../../src/extract/alias-trie';
import { ACTORS, curatedPlaceAliases } from '../../src/resolve';
import { foldForMatching } from '../../src/extract/text';

const BEFORE = "(?<![\\w'-])";
function regexFor(trie: AliasTrie, tail: AliasTail, flags: string): RegExp {
  return tail === 'word-end'
    ? new RegExp(`${BEFORE}(?=[A-Za-z\\u00C0-\\uFFFF])(?:${trie.source()})(?![\\w-]|'s\\b(?=\\s+[a-z]))`, flags)
    : new RegExp(`${BEFORE}(?:${trie.source()})(?='s\\s+[a-z])`, flags);
}
function regexMatches(re: RegExp, text: string): AliasMatch[] {
  const out: AliasMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const SMALL = ['UN', 'the UN', 'UN Security Council', "Turkey's defence ministry", 'Turkey', 'Russia', 'Russian', 'Russian forces', 'Russian Defence Ministry', 'Idlib City', 'Idlib', 'al-Nusra Front', "Ma'arrat al-Nu'man", 'Médecins Sans Frontières', 'U.S.', 'White Helmets', 'the White Helmets'];
const PLACES = new Set(['Idlib City', 'Idlib', "Ma'arrat al-Nu'man"]);
const SMALL_TEXTS = [
  'The UN Security Council met; the U.N. said the UN’s envoy spoke.',
  "the UN's humanitarian office and Turkey's defence ministry said Turkey's troops",
  'Russian  forces and Russian\nDefence Ministry; Russians, russian forces, Russia-backed',
  'idlib city, IDLIB CITY, Idlib city, Idlib City-based, Idlib\'s displaced',
  "Ma'arrat al-Nu'man and al-Nusra Front's fighters; the White Helmets' video; Médecins Sans Frontières",
  'U.S. officials and the US; UN-led talks; xUN; UN',
  '',
];

describe('alias trie', () => {
  const anyCaseWords = (alias: string): boolean => PLACES.has(alias);

  it.each<[AliasTail, boolean]>([
    ['word-end', false],
    ['word-end', true],
    ['possessive', false],
  ])('finds what the equivalent regex finds (%s tail, title case %s) on edge cases', (tail, ci) => {
    const trie = new AliasTrie(SMALL, tail, { anyCaseWords });
    const re = regexFor(trie, tail, ci ? 'gi' : 'g');
    for (const text of SMALL_TEXTS) expect(trie.all(text, ci)).toEqual(regexMatches(re, text));
  });

  it('prefers the longest alias and keeps whitespace runs, dotted initials and possessives inside a match', () => {
    const trie = new AliasTrie(SMALL, 'word-end', { anyCaseWords });
    const surfaces = (text: string): string[] => trie.all(text).map((m) => text.slice(m.start, m.end));
    expect(surfaces('a U.N.  Security Council vote')).toEqual(['U.N.  Security Council']);
    // Leftmost first: "the UN" wins over the longer alias one word later (the caller looks again with at()).
    expect(surfaces('the UN Security Council')).toEqual(['the UN']);
    expect(surfaces("the UN's humanitarian office")).toEqual([]);
    expect(surfaces("Turkey's defence ministry said")).toEqual(["Turkey's defence ministry"]);
    expect(surfaces('Russian Defence Ministry')).toEqual(['Russian Defence Ministry']);
    expect(surfaces('idlib city and Idlib')).toEqual(['idlib city', 'Idlib']);
    // An actor's later words keep their case; a title-case line may raise them.
    expect(surfaces('Russian Forces')).toEqual(['Russian']);
    expect(trie.all('Russian Forces', true).map((m) => 'Russian Forces'.slice(m.start, m.end))).toEqual(['Russian Forces']);
  });

  it('matches only at the given start with at()', () => {
    const trie = new AliasTrie(SMALL, 'word-end', { anyCaseWords });
    const text = 'said the UN Security Council';
    expect(trie.at(text, 5)).toEqual({ start: 5, end: 11 });
    expect(trie.at(text, 9)).toEqual({ start: 9, end: 28 });
    expect(trie.at(text, 10)).toBeNull();
  });

  describe('with the real alias table, on every line of the seeds and the corpus', () => {
    const actorAliases = new Set<string>();
    for (const a of ACTORS.values()) for (const al of a.aliases) actorAliases.add(al);
    const all = new Set([...actorAliases, ...curatedPlaceAliases().map((x) => x.alias)]);
    const options = { anyCaseWords: (alias: string) => !actorAliases.has(alias) };
    const root = join(__dirname, '..', '..');
    const dirs = [join(root, 'seed', 'articles'), join(root, 'test', 'corpus')];
    const lines = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .flatMap((f) => foldForMatching(readFileSync(join(d, f), 'utf8')).split('\n')),
    );

    it.each<[AliasTail, boolean]>([
      ['word-end', false],
      ['word-end', true],
      ['possessive', false],
    ])('%s tail, title case %s', (tail, ci) => {
      const trie = new AliasTrie(all, tail, options);
      const re = regexFor(trie, tail, ci ? 'gi' : 'g');
      let found = 0;
      for (const line of lines) {
        const got = trie.all(line, ci);
        expect(got).toEqual(regexMatches(re, line));
        found += got.length;
      }
      expect(lines.length).toBeGreaterThan(500);
      expect(found).toBeGreaterThan(tail === 'word-end' ? 900 : 10);
    });
  });
});
