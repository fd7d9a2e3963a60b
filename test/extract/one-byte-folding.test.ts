/**
 * Folded text stands in one-byte characters for the em and en dash and the bullet, so that most articles fold to
 * one-byte text (V8's regular expressions run faster on it). The stand-ins must change nothing the extractor reads:
 * offsets, the dates chrono reads across an en dash, and every pattern that looks for a dash or a bullet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/extract';
import { findDates } from '../../src/extract/dates';
import { BULLET, EM_DASH, EN_DASH, foldForMatching, withDashes } from '../../src/extract/text';

describe('dash stand-ins in folded text', () => {
  const text = 'IDLIB, Syria \u2014 Strikes on 5\u20137 May killed 12 people \u2014 rescuers said \u201cenough\u201d.';

  it('keeps every offset and maps each dash to its stand-in', () => {
    const folded = foldForMatching(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe(`IDLIB, Syria ${EM_DASH} Strikes on 5${EN_DASH}7 May killed 12 people ${EM_DASH} rescuers said "enough".`);
    expect(/[\u0100-\uffff]/.test(folded)).toBe(false);
  });

  it('folds a bullet to its stand-in', () => {
    expect(foldForMatching('\u2022 Sarmin: two killed')).toBe(`${BULLET} Sarmin: two killed`);
  });

  it('gives the real dashes back', () => {
    expect(withDashes(foldForMatching('A \u2014 B \u2013 C'))).toBe('A \u2014 B \u2013 C');
    expect(withDashes('no dash here')).toBe('no dash here');
  });

  it('leaves text with other characters beyond Latin-1 as it was, but for its dashes', () => {
    expect(foldForMatching('Erdo\u011fan \u2014 Ankara')).toBe(`Erdo\u011fan ${EM_DASH} Ankara`);
  });

  it('reads a date range across an en dash as it reads the raw text', () => {
    const ref = new Date(Date.UTC(2019, 4, 20, 12));
    // (chrono reads "5 – 7 May" as a range from the 5th; with the stand-in it would see only "7 May")
    const raw = 'Strikes on 5 \u2013 7 May killed 12 people.';
    expect(findDates(foldForMatching(raw), ref)).toEqual(findDates(raw, ref));
    expect(findDates(foldForMatching(raw), ref)[0]).toMatchObject({ start: 8, date: '2019-05-05' });
  });

  it('extracts an article told with em dashes as the same article told with spaced hyphens', () => {
    const body = (d: string): string =>
      [
        'Air strikes kill five in Maarat al-Numan',
        '',
        `MAARAT AL-NUMAN, Syria ${d} Russian air strikes killed five civilians in the town of Maarat al-Numan on Tuesday, the Syrian Observatory for Human Rights said.`,
        '',
        `The Russian Defence Ministry denied the report ${d} it said its jets had not flown over the province.`,
      ].join('\n');
    const meta = { publishedAt: '2019-05-22', outlet: 'Test Wire', title: 'Air strikes kill five in Maarat al-Numan', url: null };
    const pick = (f: ReturnType<typeof extractArticle>) => ({
      statements: f.statements.map((s) => [s.speakerId, s.stance, s.targetIds, s.killed]),
      incidents: f.incidents.map((i) => [i.date, i.placeIds]),
    });
    const dashed = pick(extractArticle(body('\u2014'), meta));
    expect(dashed).toEqual(pick(extractArticle(body('-'), meta)));
    expect(dashed.incidents).toHaveLength(1);
  });
});

describe('patterns that look for a dash or a bullet', () => {
  // A pattern written with the raw character alone would never match folded text: each must accept the stand-in next to it.
  const dir = join(__dirname, '../../src/extract');
  const pairs: Array<[string, string]> = [['\u2014', '\\x97'], ['\u2013', '\\x96'], ['\u2022', '\\x95']];
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((text, i) => ({ where: `${f}:${i + 1}`, text })))
    .filter(({ text }) => !/^\s*(?:\/\/|\*|\/\*\*)/.test(text));

  it('accept the stand-in wherever they name the character', () => {
    const bare = lines.filter(({ text }) => pairs.some(([ch, stand]) => text.split(ch).length - 1 > text.split(ch + stand).length - 1)).map((l) => l.where);
    expect(bare).toEqual([]);
  });
});
