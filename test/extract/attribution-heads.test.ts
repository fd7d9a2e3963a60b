/**
 * Speakers named with a descriptive head noun after the name ("the Syria Civil Defence rescue
 * service said"), and a dateline's agency tag, which is never what "it" points back to.
 * Invented sentences.
 */
import { extractArticle } from '../../src/extract';
import { article, by } from './helpers';

const meta = { publishedAt: '2024-10-30' };

describe('a descriptive head noun after the speaker', () => {
  it.each([
    ['the Syria Civil Defence rescue service said', 'syrian-civil-defence'],
    ['the White Helmets rescue group said', 'syrian-civil-defence'],
    ['the Syrian Observatory for Human Rights monitoring group said', 'sohr'],
    ['the Syrian American Medical Society charity said', 'sams'],
  ])('"%s" is spoken by the body named', (frame, slug) => {
    const f = extractArticle(article([`Air strikes on the town of Ariha on Tuesday killed at least seven people and wounded 19, ${frame}.`]), meta);
    expect(by(f, slug).map((s) => s.killed)).toEqual([7]);
  });

  it('does not make a speaker of a name followed by an ordinary verb phrase', () => {
    const f = extractArticle(article(['The White Helmets team in the town pulled four bodies from the rubble on Tuesday, residents said.']), meta);
    expect(by(f, 'syrian-civil-defence')).toEqual([]);
  });
});

describe("a dateline's agency tag", () => {
  it('is not what a later "it said" refers to', () => {
    const f = extractArticle(
      article([
        'BEIRUT, Oct 29 (Meridian Wire) - Air strikes on the town of Ariha on Tuesday killed at least seven people.',
        'It said most of the victims were farmers.',
      ]),
      meta,
    );
    expect(f.statements.filter((s) => /meridian/i.test(s.speakerId))).toEqual([]);
  });
});

describe('a short headline given as the article title', () => {
  const text = ['Strikes hit Ariha', '', 'Air strikes hit the town of Ariha on Tuesday, killing seven people, the White Helmets said.', '', 'The town had been hit before.', ''].join('\n');

  it('stays the headline, so the lead paragraph is read as body', () => {
    const f = extractArticle(text, { ...meta, title: 'Strikes hit Ariha' });
    expect(by(f, 'syrian-civil-defence').map((s) => s.killed)).toEqual([7]);
  });

  it('without a title, a very short first line is still taken for leading junk (a logo, a menu)', () => {
    const f = extractArticle(['Logo Wide', '', 'Russian jets strike Idlib market', '', 'Air strikes hit the town of Ariha on Tuesday, killing seven people, the White Helmets said.', ''].join('\n'), meta);
    expect(f.article.title).toBe('Russian jets strike Idlib market');
    expect(by(f, 'syrian-civil-defence').map((s) => s.killed)).toEqual([7]);
  });
});
