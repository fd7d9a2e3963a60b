/**
 * Who a role noun or a pronoun means when the body it stands for was named without speaking. Invented
 * sentences (real place and organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strikes hit a town in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2021-09-07' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const acts = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.killed !== null ? ' killed=' + s.killed : ''}`);

describe('"the group" after a body gave its figure', () => {
  it('is the body that opened the sentence before, not the last one to speak', () => {
    const f = run(
      'An air strike killed 16 people in Maasran on Wednesday, the Syrian Observatory for Human Rights said.',
      'The Syria Civil Defence, whose volunteers dug through the rubble, gives the highest figure. Its teams recovered 19 bodies, the group said in a statement on Thursday.',
    );
    expect(acts(f)).toEqual(['sohr CLAIM killed=16', 'syrian-civil-defence CLAIM killed=19']);
  });

  it('stays the last speaker when no other body opened a sentence', () => {
    const f = run(
      'An air strike killed 16 people in Maasran on Wednesday, the Syrian Observatory for Human Rights said.',
      'Rescuers dug through the rubble all night. Most of the dead were farmers, the group said.',
    );
    expect(acts(f)).toContain('sohr CLAIM');
  });
});

describe('a briefing transcript', () => {
  const f = extractArticle(
    [
      'Department Press Briefing - November 15, 2022',
      '',
      'Karen Whitford, Deputy Spokesperson',
      '',
      'MS WHITFORD: Good afternoon, everyone. A couple of things at the top, and then I\'m happy to take your questions.',
      '',
      'We have said it before. Deliberately striking civilian sites in Idlib is a violation of international humanitarian law.',
      '',
      'We call on Russia to use its influence to stop these attacks.',
      '',
      'QUESTION: Syria says reports of civilian deaths are fabricated. What is your response?',
      '',
      'MS WHITFORD: We have seen that claim. It is simply not credible.',
      '',
      'With that, I\'ll take your questions. Absolutely.',
      '',
      'The spokesperson then left the room. Reporters said the strikes had killed nine people.',
      '',
      '(The briefing concluded at 2:51 p.m.)',
    ].join('\n'),
    { publishedAt: '2022-11-15' },
  );
  const whitford = f.statements.filter((s) => slug(s.speakerId) === 'karen-whitford').map((s) => `${s.stance}${s.targetIds.length ? ' → ' + s.targetIds.map(slug).join('+') : ''}`);

  it('gives a turn\'s unlabelled paragraphs to the speaker of its label, named in full in the header', () => {
    expect(whitford).toEqual(expect.arrayContaining(['CRITICISM', 'CALL → russia']));
  });

  it('reads "it is simply not credible" as a denial', () => {
    expect(whitford).toContain('DENIAL');
  });

  it('makes no statement of a procedural remark or a stage direction', () => {
    const texts = f.statements.map((s) => s.text);
    expect(texts.some((t) => /questions|concluded|Absolutely/.test(t))).toBe(false);
  });

  it('does not run a turn into a paragraph of narration', () => {
    expect(f.statements.filter((s) => /nine people/.test(s.text)).map((s) => slug(s.speakerId))).not.toContain('karen-whitford');
  });

  it('ends a turn at the next label', () => {
    expect(f.statements.filter((s) => /fabricated/.test(s.text)).map((s) => slug(s.speakerId))).not.toContain('karen-whitford');
  });
});

describe('a person a feature opens with', () => {
  it('is who "he says" means, named with a verb of the narration ("Ahmad al-Youssef now shares")', () => {
    const f = run(
      'The tent that Ahmad al-Youssef now shares with his two surviving sons stands in a muddy field near Atmeh.',
      'He remembers the sound first. It was shortly before midnight on 9 January, he says.',
      'He blames Russian aircraft for the strike on Jarjanaz.',
    );
    expect(acts(f)).toEqual(['ahmad-al-youssef CLAIM', 'ahmad-al-youssef ACCUSATION']);
  });
});

describe('a Q&A after its interviewee is introduced', () => {
  it('gives the answers to the person named just before the first question', () => {
    const f = run(
      'Foreign Ministry spokesman Selim Karaca, asked at his weekly briefing whether the issue had been raised with Moscow, gave the following answers:',
      'Q: Has Turkey taken this up with the Russian side directly?\nA: Our minister spoke to his Russian counterpart twice this week. We told them clearly that these attacks must stop.',
      'Q: Will Turkey take further steps?\nA: We are keeping all our options on the table.',
    );
    expect(acts(f)).toEqual(['selim-karaca CLAIM', 'selim-karaca CALL', 'selim-karaca CLAIM']);
  });
});

describe('a witness described as "in the town", in a new paragraph', () => {
  it('speaks of the attack on the town named last, not of the article\'s first attack', () => {
    const f = run(
      'In Kafranbel, a morning raid on Monday killed eight people, according to the Syrian Observatory for Human Rights.',
      'Hours later, barrel bombs fell on a residential area of Ariha. The Syria Civil Defence said nine people were killed.',
      '"Two barrels, from a helicopter. We saw it circle twice," Mahmoud Jneid, a rescue worker in the town, told reporters.',
    );
    const jneid = f.statements.filter((s) => s.speakerId === 'actor:mahmoud-jneid');
    expect(jneid.length).toBeGreaterThan(0);
    expect(jneid.every((s) => /:ariha:/.test(s.incidentId ?? ''))).toBe(true);
  });
});
