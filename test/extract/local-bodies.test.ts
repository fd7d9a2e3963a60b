/**
 * Local bodies named after their town: a town's local council ("the Kansafra local council", "Sarmin's
 * local council", "the local council in Darkoush", "the Local Council of the city of Ariha") and a named
 * hospital ("Sarmin Surgical Hospital"). The alias table cannot list every town's council, so the
 * extractor names the body from the town the text gives. Invented sentences (real place and
 * organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strikes hit a town in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2021-09-07' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const acts = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.targetIds.length ? ' → ' + s.targetIds.map(slug).join('+') : ''}`);
const speakers = (f: ArticleFacts): string[] => [...new Set(f.statements.map((s) => slug(s.speakerId)))].sort();

describe('a town\'s local council', () => {
  it.each([
    ['The Kansafra local council appealed to Turkey to stop the bombardment of the town.', 'kansafra-local-council'],
    ['Two people were killed in the strike on Monday, the local council in Darkoush said.', 'darkoush-local-council'],
    ['The Local Council of the city of Ariha announced that two people were killed in the strike on Monday.', 'ariha-local-council'],
    ['The Idlib city local council said two people were killed in the strike on Monday.', 'idlib-city-local-council'],
  ])('names the council of the town the text gives: %s', (sentence, id) => {
    const f = run('An air strike hit a market on Monday, rescuers said.', sentence);
    expect(speakers(f)).toContain(id);
    expect(f.actors.find((a) => slug(a.id) === id)?.kind).toBe('OPPOSITION_BODY');
  });

  it('reads "the council" after the town\'s council spoke as that council, not the UN Security Council', () => {
    const f = run(
      'The Local Council of the city of Ariha announced that warplanes struck the al-Nour bakery on Monday, killing eight people.',
      'The council holds the Russian occupation fully responsible for this massacre.',
    );
    expect(acts(f)).toContain('ariha-local-council ACCUSATION → russia');
    expect(speakers(f)).not.toContain('un-security-council');
  });

  it('keeps the head of a council a person, with the council as his body', () => {
    const f = run('Yahya Masri, the head of Sarmin\'s local council, said there were "no fighters within a kilometre" of the bakery.');
    expect(speakers(f)).toEqual(['yahya-masri']);
  });
});

describe('a named hospital', () => {
  it('is the speaker of its own statement', () => {
    const f = run('Sarmin Surgical Hospital said two of its nurses were killed when an air strike hit the building on Monday.');
    expect(speakers(f)).toEqual(['sarmin-surgical-hospital']);
  });

  it('speaks in the first person through a statement it issued, reproduced in full', () => {
    const f = run(
      'The following statement was issued on Tuesday by the administration of Sarmin Surgical Hospital. It is published here in full.',
      'At around 9:40 pm on Monday, our hospital was hit by two air strikes.',
      'We hold the Syrian regime and its Russian ally fully responsible for this crime.',
      'We call on the UN Security Council to act to stop attacks on medical facilities.',
    );
    expect(acts(f)).toEqual(expect.arrayContaining([
      'sarmin-surgical-hospital CLAIM',
      'sarmin-surgical-hospital ACCUSATION → syria',
      'sarmin-surgical-hospital CALL → un-security-council',
    ]));
  });
});

describe('"the local council" with no town of its own', () => {
  it('is the council of the town named last, and "he" after "the head of" it speaks for it', () => {
    const f = run(
      'Three workers were killed in an air strike on the Darkoush water station on Thursday, the civil defence said.',
      'The head of the local council gave a higher toll. He said four people died.',
    );
    expect(f.statements.filter((s) => s.speakerId === 'actor:darkoush-local-council').map((s) => s.killed)).toEqual([null, 4]);
  });
});

describe('a spelling two places share', () => {
  it('is the place in the north-west when no province is named ("Darkoush": Darkush, not ad-Duraykish in Tartus)', () => {
    const f = extractArticle(['Radio bulletin', '', 'Three workers were killed in an air strike on the Darkoush water station on Thursday, the civil defence said.'].join('\n'), { publishedAt: '2018-05-18' });
    expect(f.places.map((p) => p.id)).toContain('place:darkush');
  });
});

describe('"the local council of the town"', () => {
  it('is the council of the town named before, and speaks', () => {
    const f = extractArticle(
      [
        'Massacre in Maarat Hurma bakery, 11 civilians killed',
        '',
        'At least eleven civilians were killed this morning when a Russian warplane targeted the bakery in Maarat Hurma town, the local council of the town said in statement.',
        '',
        'The council hold the Russian air force responsible for this "massacre".',
      ].join('\n'),
      { publishedAt: '2019-06-09' },
    );
    expect(f.statements.map((s) => `${s.speakerId} ${s.stance}`)).toEqual(['actor:maarat-hurma-local-council CLAIM', 'actor:maarat-hurma-local-council ACCUSATION']);
  });
});

describe('"the council" in an article that never names the Security Council', () => {
  it('is no speaker of its own inside a report by the council\'s head ("… and that the council had counted 23 wounded")', () => {
    const f = extractArticle(
      [
        'Air strike on Harem kills eleven',
        '',
        'An air strike on Tuesday tore through the town. Khaled Abu Zeid, head of the Harem local council, told the Gazette that 11 people had been killed, and that the council had counted 23 wounded.',
      ].join('\n'),
      { publishedAt: '2019-03-07' },
    );
    expect(f.statements.map((s) => s.speakerId)).not.toContain('actor:un-security-council');
  });
});
