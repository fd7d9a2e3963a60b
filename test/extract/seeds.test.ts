/**
 * Regression tests on the five seed articles (seed/articles/*.txt): the main claims and denials
 * must come out, with canonical ids. Gold files are not read: expectations are written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, ExtractionError } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const dir = join(__dirname, '..', '..', 'seed', 'articles');
const load = (stem: string, publishedAt: string | null = null): { text: string; facts: ArticleFacts } => {
  const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
  return { text, facts: extractArticle(text, { publishedAt }) };
};
const has = (f: ArticleFacts, speaker: string, stance: string, target?: string) =>
  f.statements.some((s) => s.speakerId === `actor:${speaker}` && s.stance === stance && (target === undefined || s.targetIds.includes(`actor:${target}`)));

describe('seed 000 (SOHR toll vs Russian denial)', () => {
  const { text, facts } = load('000_754e13c384a4316b');
  it('has the Russian Defence Ministry denial of its air strikes', () => {
    expect(has(facts, 'russian-mod', 'DENIAL', 'russian-military')).toBe(true);
  });
  it('has Moscow\'s denial as actor:russia, not the place Moscow', () => {
    expect(has(facts, 'russia', 'DENIAL')).toBe(true);
    expect(facts.mentions).not.toContain('place:moscow');
  });
  it("has SOHR's claim of at least 37 killed incl. 12 children at Jisr al-Shughur", () => {
    const s = facts.statements.find((x) => x.speakerId === 'actor:sohr' && x.killed === 37);
    expect(s).toBeDefined();
    expect(s?.children).toBe(12);
    expect(s?.qualifier).toBe('AT_LEAST');
    const inc = facts.incidents.find((i) => i.id === s?.incidentId);
    expect(inc?.kind).toBe('AIRSTRIKE');
    expect(inc?.placeIds).toEqual(['place:jisr-al-shughur']);
  });
  it('has Cavusoglu criticising Russia and the coalition blaming Russia and Syria', () => {
    expect(has(facts, 'mevlut-cavusoglu', 'CRITICISM', 'russia')).toBe(true);
    expect(has(facts, 'syrian-national-coalition', 'ACCUSATION', 'russia')).toBe(true);
    expect(has(facts, 'syrian-national-coalition', 'ACCUSATION', 'syria')).toBe(true);
  });
  it('takes nothing from the photo caption or the "Route 6" line', () => {
    expect(facts.statements.every((s) => !s.sentence.includes('Photo AFP'))).toBe(true);
    expect(facts.incidents.every((i) => i.date === null)).toBe(true); // the caption's date is noise
  });
  it('gives verbatim sentences with offsets into the original text', () => {
    for (const s of facts.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.sentence);
      expect(text).toContain(s.text);
    }
  });
  it('lists parents of referenced places and actors', () => {
    const ids = facts.places.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['place:jisr-al-shughur', 'place:idlib-province', 'place:syria']));
    expect(facts.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['actor:russian-mod', 'actor:russia']));
  });
});

describe('seeds 002 and 004 (Jabala, Khan Sheikhun / Kafr Battikh)', () => {
  const a = load('002_6db69fbb9eb68ec4').facts;
  const b = load('004_e484df99c816d727', '2019-06-11').facts;
  it.each([
    ['002', a],
    ['004', b],
  ])('%s has the Jabala air strike and the Khan Sheikhoun + Kafr Battikh raids', (_n, f) => {
    const jabala = f.incidents.find((i) => i.placeIds.includes('place:jabala'));
    expect(jabala?.kind).toBe('AIRSTRIKE');
    const ks = f.incidents.find((i) => i.placeIds.includes('place:khan-sheikhoun'));
    expect(ks?.placeIds).toEqual(expect.arrayContaining(['place:khan-sheikhoun', 'place:kafr-battikh']));
    expect(has(f, 'russia', 'DENIAL')).toBe(true);
    expect(has(f, 'russia', 'ACCUSATION', 'armed-opposition')).toBe(true);
    expect(has(f, 'syrian-civil-defence', 'CLAIM')).toBe(true);
  });
  it('dates 004 incidents from "on Monday" against the publication date', () => {
    const jabala = b.incidents.find((i) => i.placeIds.includes('place:jabala'));
    expect(jabala?.date).toBe('2019-06-10');
    expect(jabala?.id).toBe('incident:2019-06-10:jabala:airstrike');
  });
  it('leaves 002 incident dates null (no publication date) and keeps ids article-local', () => {
    const jabala = a.incidents.find((i) => i.placeIds.includes('place:jabala'));
    expect(jabala?.date).toBeNull();
    expect(jabala?.id).toMatch(/^incident:[0-9a-f]{16}:jabala:airstrike$/);
  });
});

describe('seed 003 (Idleb spelling, boilerplate)', () => {
  const { facts } = load('003_a42484139c7b5036');
  it('merges Idleb into the Idlib province and survives "Logo Wide"/"Helpful keywords"', () => {
    expect(facts.mentions).toContain('place:idlib-province');
    expect(facts.article.title).toBe('42 Killed in Airstrikes on Idleb Province Since Sunday: Civil Defense');
    expect(has(facts, 'russian-mod', 'DENIAL')).toBe(true);
  });
});

describe('article id and title', () => {
  it('derives id from sha256 of the text and title from the first line', () => {
    const f = extractArticle('Russia denies strike on Idlib town\n\nMoscow denied that its jets hit the town of Ariha on Monday, the ministry said.', {});
    expect(f.article.id).toMatch(/^article:[0-9a-f]{16}$/);
    expect(f.article.title).toBe('Russia denies strike on Idlib town');
    expect(f.article.language).toBe('en');
  });
});

describe('input validation', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['binary', 'abc\u0000def the of and'],
    ['not English', 'Der Bundestag hat heute über die Lage in Syrien beraten und eine neue Resolution verabschiedet, die Regierung soll handeln.'],
  ])('rejects %s input with ExtractionError', (_n, input) => {
    expect(() => extractArticle(input, {})).toThrow(ExtractionError);
  });
  it('does not crash on odd but English input', () => {
    expect(() => extractArticle('Share\n\n\n"""\n\nThe the the said said, according to.', {})).not.toThrow();
  });
});
