/**
 * How ordinary copy names a ministry or an organisation's office as the speaker: "the Defence Ministry" with
 * the state named before (in an earlier sentence, or as "In Moscow," in the same one), "the WHO office in
 * Gaziantep", "Türkiye's Foreign Ministry"; statements made by issuing a document ("issued a statement denying
 * …"); "insists" without "that"; and denials of the use of a force ("its air force was not involved", "Russian
 * aircraft had not been used"). Invented sentences (real place and organisation names); none is taken from an
 * article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { officeAliases, withMinistries, withSpellings } from '../../src/resolve/actors';

const LEAD = 'An air strike hit the town of Ariha on Monday, killing five people, rescuers said.';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strike kills five in Idlib province', '', ...[LEAD, ...paragraphs].flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
const slug = (id: string): string => id.replace(/^actor:/, '');
/** The statements other than the lead's rescuers, as "speaker STANCE target". */
const said = (f: ArticleFacts): string[] =>
  f.statements.filter((s) => slug(s.speakerId) !== 'syrian-civil-defence').map((s) => `${slug(s.speakerId)} ${s.stance} ${s.targetIds.map(slug).join('+') || '-'}`);

describe('a ministry named by its kind ("the Defence Ministry")', () => {
  it.each([
    [['Russia denied involvement.', 'The Defence Ministry said its aircraft had not flown in the area.'], 'russian-mod DENIAL russian-military'],
    [['Turkey condemned the strike.', 'The Defence Ministry said Syrian troops had shelled its post.'], 'turkish-mod ACCUSATION syrian-army'],
    [['Damascus rejected the claims.', 'The Foreign Ministry said the reports were fabricated.'], 'syrian-foreign-ministry DENIAL -'],
  ])('is the ministry of the state named before: %j', (paragraphs, wanted) => {
    expect(said(run(...paragraphs))).toContain(wanted);
  });

  it('is the ministry of the capital that opens its sentence, before any state named earlier', () => {
    expect(said(run('In Moscow, the Defence Ministry said its aircraft had not flown in the area.'))).toEqual(['russian-mod DENIAL russian-military']);
    const f = run("Turkey's defence ministry said two soldiers were wounded.", 'In Moscow, the Defence Ministry said Russian aircraft had not been used in the area.');
    expect(said(f)).toContain('russian-mod DENIAL russian-military');
  });

  it('is nobody when no state is named', () => {
    expect(said(run('The Defence Ministry said its aircraft had not flown in the area.'))).toEqual([]);
  });
});

describe('an organisation speaking through its office, or by another spelling of its state', () => {
  it.each([
    ['The WHO office in Gaziantep said the attack was the fourth on a health facility this month.', 'who CLAIM -'],
    ["The World Health Organization's office in Gaziantep deplored the attack.", 'who CRITICISM -'],
    ["Türkiye's Foreign Ministry deplored the attack.", 'turkish-foreign-ministry CRITICISM -'],
    ["Turkiye's defence ministry condemned the attack.", 'turkish-mod CRITICISM -'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('spells each alias with the word in another spelling too', () => {
    expect(withSpellings(["Turkey's defence ministry", 'Ankara'], { Turkey: ['Türkiye', 'Turkiye'] })).toEqual([
      "Turkey's defence ministry",
      'Ankara',
      "Türkiye's defence ministry",
      "Turkiye's defence ministry",
    ]);
    expect(withSpellings(['Turkeys'], { Turkey: ['Türkiye'] })).toEqual(['Turkeys']);
  });
});

describe('a statement made by issuing a document', () => {
  it.each([
    ["Russia's defence ministry issued a statement denying the reports.", 'russian-mod DENIAL -'],
    ["Russia's defence ministry has posted a statement rejecting what it called unfounded reports.", 'russian-mod DENIAL -'],
    ['The Syrian Observatory for Human Rights released a statement condemning the attack.', 'sohr CRITICISM -'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });
});

describe('denying the use of a force', () => {
  it.each([
    ['Moscow insists its air force was not involved.', 'russia DENIAL russian-military'],
    ['Russia insists its air force was not involved.', 'russia DENIAL russian-military'],
    ["Russia's defence ministry said Russian aircraft had not been used in the area.", 'russian-mod DENIAL russian-military'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('keeps "insists on" and "insists that" as they were', () => {
    expect(said(run('Russia insists that its jets struck only militants.'))).toEqual(['russia CLAIM russian-military']);
  });
});

describe('a criticism and its description of the attack', () => {
  it('is one statement ("deplored the attack, describing it as the fourth …")', () => {
    expect(said(run('The World Health Organization deplored the attack, describing it as the fourth on a health facility this month.'))).toEqual(['who CRITICISM -']);
  });
});

describe('more ways copy names a speaker or frames a denial', () => {
  it.each([
    ['The U.S. embassy in Syria said Russia bore responsibility for the deaths.', 'usa ACCUSATION russia'],
    ["The European Union's foreign policy service said it was gravely concerned by the escalation.", 'eu CRITICISM -'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toContain(wanted);
  });

  it('reads "Rescuers in the area said"', () => {
    const f = run('Rescuers in the area said they had recovered 13 bodies.');
    expect(f.statements.some((s) => s.speakerId === 'actor:syrian-civil-defence' && s.text.includes('recovered 13 bodies'))).toBe(true);
  });

  it('reads a quoted verb ("The ministry “strongly condemned” the attack"), but not a closing quote before "said"', () => {
    expect(said(run("Turkey's defence ministry said two soldiers were killed.", 'The ministry “strongly condemned” the attack.'))).toContain('turkish-mod CRITICISM -');
    expect(said(run('"These are not Russian planes," said Mahmoud Jneid.'))).toEqual(['mahmoud-jneid DENIAL russian-military']);
  });

  it('reads "neither Russian nor Syrian aircraft had carried out strikes" as a denial', () => {
    expect(said(run('The Russian Defence Ministry said neither Russian nor Syrian aircraft had carried out strikes in the area.')).map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['russian-mod DENIAL']);
  });
});

describe('who a claim says acted', () => {
  it.each([
    ["Turkey's defence ministry said Turkish units in the region had retaliated.", 'turkish-mod CLAIM turkish-army'],
    ['SANA said the army had captured several villages.', 'sana CLAIM syrian-army'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toContain(wanted);
  });

  it('names no actor where the subject was hurt, not acting', () => {
    expect(said(run('The Syrian Observatory for Human Rights said two soldiers had been killed.'))).toEqual(['sohr CLAIM -']);
  });
});

describe('an office holder named only by the post (the offices table)', () => {
  it.each([
    ["Britain's foreign secretary said the attack was a war crime.", 'uk-foreign-office'],
    ['The US secretary of state condemned the attack.', 'us-state-department'],
    ["France's foreign minister condemned the attack.", 'french-foreign-ministry'],
    ["Turkey's defence minister condemned the attack.", 'turkish-mod'],
    ["Germany's foreign ministry condemned the attack.", 'german-foreign-office'],
    // (no body for the portfolio in the table: a ministry of the state's own, part of it)
    ["Iran's foreign ministry spokesman condemned the attack.", 'iran-foreign-ministry'],
    ['The Qatari foreign ministry condemned the attack.', 'qatar-foreign-ministry'],
    ["The Syrian army's general command denied the reports.", 'syrian-army'],
  ])('%s', (sentence, speaker) => {
    expect(run(sentence).statements.filter((s) => slug(s.speakerId) !== 'syrian-civil-defence').map((s) => slug(s.speakerId))).toEqual([speaker]);
  });

  it('keeps a named holder the speaker ("Turkish Defence Minister Hulusi Akar")', () => {
    expect(run('Turkish Defence Minister Hulusi Akar said the regime would pay a heavy price.').statements.map((s) => slug(s.speakerId))).toContain('hulusi-akar');
  });

  it('builds the aliases from the table, leaving an alias an actor lists to that actor', () => {
    const aliases = officeAliases(
      { titles: { foreign: ['foreign minister'] }, states: { ruritania: { names: ['Ruritania'], adjectives: ['Ruritanian'] } } },
      [
        { id: 'ruritania', name: 'Ruritania', kind: 'STATE', partOf: null, aliases: ['Ruritania'] },
        { id: 'ruritanian-foreign-ministry', name: 'Ruritanian Foreign Ministry', kind: 'GOVERNMENT_BODY', partOf: 'ruritania', office: 'foreign', aliases: ['Ruritanian foreign minister'] },
      ],
    );
    expect(aliases.get('ruritanian-foreign-ministry')).toEqual(["Ruritania's foreign minister", "Ruritania's Foreign Minister", 'Ruritanian Foreign Minister']);
  });

  it('gives a state with no body for a portfolio a ministry of its own, part of it, with its side and, for defence, its arm', () => {
    const actors = withMinistries(
      { titles: { foreign: ['foreign minister'], defence: ['defence minister'] }, states: { ruritania: { names: ['Ruritania'], adjectives: ['Ruritanian'] } } },
      [
        { id: 'ruritania', name: 'Ruritania', kind: 'STATE', partOf: null, side: 'gov', arm: 'ruritanian-army', aliases: ['Ruritania'] },
        { id: 'ruritanian-foreign-ministry', name: 'Ruritanian Foreign Ministry', kind: 'GOVERNMENT_BODY', partOf: 'ruritania', office: 'foreign', aliases: [] },
      ],
    );
    expect(actors.map((a) => a.id)).toEqual(['ruritania', 'ruritanian-foreign-ministry', 'ruritania-defence-ministry']);
    expect(actors[2]).toMatchObject({ name: "Ruritania's Ministry of Defence", kind: 'GOVERNMENT_BODY', partOf: 'ruritania', office: 'defence', side: 'gov', arm: 'ruritanian-army' });
    expect(officeAliases({ titles: { defence: ['defence minister'] }, states: { ruritania: { names: ['Ruritania'], adjectives: [] } } }, actors).get('ruritania-defence-ministry')).toEqual(["Ruritania's defence minister", "Ruritania's Defence Minister"]);
  });
});
