/**
 * A speaker named again in a shorter form: "Dr Khalil" after "Dr Yaman Khalil", "the US-based
 * charity" after the charity's full name. Invented sentences (real organisation names).
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { article } from './helpers';

const run = (...sentences: string[]): ArticleFacts =>
  extractArticle(['Strike on Idlib hospital', '', 'An air strike on a hospital in Sarmin on Monday killed a nurse, rescuers said.', '', sentences.join(' ')].join('\n'), { publishedAt: '2019-05-08' });
const speakers = (f: ArticleFacts): string[] => [...new Set(f.statements.map((s) => s.speakerId.replace(/^actor:/, '')))].sort();

describe('shorter names for a speaker already named', () => {
  it('reads "Dr Khalil" as Dr Yaman Khalil', () => {
    const f = run('"I was in theatre," said Dr Yaman Khalil, the hospital director.', 'Dr Khalil said the hospital had shared its coordinates with the UN.');
    expect(speakers(f)).toEqual(['syrian-civil-defence', 'yaman-khalil']);
  });

  it('reads "the US-based charity" and "the medical charity" as the charity named before', () => {
    for (const epithet of ['The US-based charity', 'The medical charity']) {
      const f = run('The Syrian American Medical Society (SAMS) said the hospital was hit.', `${epithet} said two missiles struck the courtyard, killing a nurse.`);
      expect(f.statements.filter((s) => s.speakerId === 'actor:sams' && s.killed === 1)).toHaveLength(1);
    }
  });
});

describe('the subject of a participle after an object, behind an opener', () => {
  it('gives "For its part, the ministry sent letters to the Security Council, demanding …" to the ministry', () => {
    const f = run('For its part, the Foreign and Expatriates Ministry sent two letters to the UN Secretary-General and the president of the Security Council, demanding that the Council condemn the attack.');
    expect(speakers(f)).toEqual(['syrian-civil-defence', 'syrian-foreign-ministry']);
  });
});

describe('anonymous sources', () => {
  it('reads "Quoting a military source, it said …" as the source, the army of the outlet the sentence before named', () => {
    const f = run('Syria\'s official SANA news agency offered a different version. Quoting a military source, it said army units had responded to "sources of fire".');
    expect(speakers(f)).toContain('syrian-army');
  });
  it('reads "the source" as the source named just before, though it said nothing then', () => {
    const f = run('The Russian Defence Ministry denied that its aircraft had been near the town.', 'A Syrian military source quoted by state news agency SANA gave a third account.', 'The source said army units had fired on a "terrorist gathering" near the farm.');
    expect(f.statements.filter((s) => /^The source said/.test(s.text)).map((s) => s.speakerId)).toEqual(['actor:syrian-army']);
  });
});

describe('a Russian briefing', () => {
  const text = [
    'Militants preparing staged chemical provocation in Idlib - Russian Reconciliation Centre',
    '',
    'MOSCOW, November 9. /TASS/. Militants of the Hayat Tahrir al-Sham terrorist group are preparing a provocation in the Idlib de-escalation zone, deputy head of the Russian Centre for the Reconciliation of Opposing Parties in Syria, Rear Admiral Vadim Kulit, said on Tuesday.',
    '',
    '"According to the information received, the militants plan to stage a chemical attack in the settlement of Kafr Nabl," Kulit told a briefing.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'TASS', publishedAt: '2021-11-09' });
  it('makes the officer introduced as "deputy head of the Centre …, Rear Admiral X" part of the centre', () => {
    expect(f.actors.find((a) => a.id === 'actor:vadim-kulit')?.partOf).toBe('actor:russian-reconciliation-centre');
  });
  it('reads "X are preparing a provocation" and "X plan to stage an attack" as accusations of X', () => {
    const acc = f.statements.filter((s) => s.speakerId === 'actor:vadim-kulit' && s.stance === 'ACCUSATION').map((s) => s.targetIds.join());
    expect(acc).toEqual(['actor:hts', 'actor:armed-opposition']);
  });
  it('makes no incident of an attack the militants "plan to stage"', () => {
    expect(f.incidents).toEqual([]);
  });
});

describe('"according to" a generic source', () => {
  it('names nobody for "According to local sources, the regime …", but still reads the named source after generic ones', () => {
    expect(speakers(run('According to local sources, the regime shelled the town again.'))).toEqual(['syrian-civil-defence']);
    expect(run('According to residents, activists and the civil defence, the regime shelled the town again.').statements.filter((s) => /regime shelled/.test(s.text)).map((s) => s.speakerId)).toEqual(['actor:syrian-civil-defence']);
  });
});

describe('a rights group\'s own report', () => {
  const text = [
    'Syria: Strike on Kansafra school was an unlawful attack, investigation finds',
    '',
    'An air strike that hit a primary school in the village of Kansafra on 12 October 2021, killing eight civilians, was an apparent war crime, Levant Rights Watch said today after an investigation.',
    '',
    'Based on witness accounts and satellite imagery, Levant Rights Watch concluded that a Russian Su-34 carried out the strike. The Russian Defence Ministry did not respond to a request for comment; it has previously denied striking civilian sites in Idlib.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'Levant Rights Watch', publishedAt: null });
  const of = (speaker: string): string[] => f.statements.filter((s) => s.speakerId === `actor:${speaker}`).map((s) => `${s.stance}→${s.targetIds.map((t) => t.replace(/^actor:/, '')).join('+')}`);
  it('lets the organisation the release comes from speak by its name, and read "concluded that"', () => {
    expect(of('levant-rights-watch')).toEqual(expect.arrayContaining(['CRITICISM→', 'CLAIM→russian-military']));
  });
  it('reads "it" after a semicolon as the body that opened the sentence', () => {
    expect(of('russian-mod').map((x) => x.split('→')[0])).toEqual(['DENIAL']);
  });
  it('does not read a finding inside someone else\'s words as the subject\'s ("The Kremlin, she argued, has concluded …")', () => {
    const g = extractArticle(['Analysis: Moscow and Ankara', '', 'Anna Belova, an analyst, was blunt. The Kremlin, she argued, has concluded that Turkey cannot hold the line.'].join('\n'), { publishedAt: '2021-10-10' });
    expect(g.statements.filter((s) => s.speakerId === 'actor:russia')).toEqual([]);
  });
});

describe('a person\'s organisation from an appositive', () => {
  const text = [
    'Market strike in Ariha kills 14 as blame flies',
    '',
    'At least 14 people were killed on Thursday when an air strike hit the vegetable market in Ariha, rescuers said.',
    '',
    'Syria\'s information minister, Imad Sara, blamed "terrorist groups" for the blast.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], publishedAt: '2021-10-15' });
  it('takes the state for a minister whose ministry the table lacks, never the object of the verb after the name', () => {
    expect(f.actors.find((a) => a.id === 'actor:imad-sara')?.partOf).toBe('actor:syria');
  });
});

describe('"he" and "she" agree with the person they refer to', () => {
  const run = (...paragraphs: string[]): ArticleFacts => extractArticle(article(paragraphs), { publishedAt: '2020-03-04' });
  it('skips a man for "she" and finds the woman named before him', () => {
    const f = run(
      'Air strikes hit a market in Ariha on Tuesday, killing nine civilians.',
      'Mrs Amina Khatib, a teacher, lost her home in the strike. Mr Omar Sweid, a neighbour, said the jets came twice. "We had nowhere to run," she said.',
    );
    expect(f.statements.find((s) => s.text.includes('nowhere to run'))?.speakerId).toBe('actor:amina-khatib');
  });
  it('leaves "she" unresolved when the only person in reach is known to be a man', () => {
    const f = run(
      'Air strikes hit a market in Ariha on Tuesday, killing nine civilians.',
      'Captain Mustafa Hourani of the local brigade pours tea. He said his men would not withdraw. Salwa has no interest in the talks. "I want a roof," she said.',
    );
    expect(f.statements.find((s) => s.text.includes('I want a roof'))?.speakerId).not.toBe('actor:mustafa-hourani');
  });
});

describe('"the group" after a member of it opens a sentence', () => {
  it('reads "The group" as the network whose researcher was just pictured', () => {
    const f = run('The rescue group said 11 people were killed.', 'A Syrian Network for Human Rights researcher photographs the site.', 'The group, which put the toll at nine, described the strike as "a deliberate attack on a residential area".');
    const snhr = f.statements.filter((s) => s.speakerId === 'actor:snhr');
    expect(snhr.map((s) => `${s.stance} ${s.killed ?? ''}`.trim()).sort()).toEqual(['CLAIM 9', 'CRITICISM']);
  });
});

describe('an attribution set inside its clause by commas', () => {
  it('reads the whole clause around ", he added," as the speaker\'s, modal verbs included', () => {
    const f = run('Local council head Abdulrahman Hijazi said the market had been full of shoppers.', 'Russia and the Syrian government, he added, must stop bombing markets and bakeries.');
    expect(f.statements.filter((s) => s.speakerId === 'actor:abdulrahman-hijazi' && s.stance === 'CALL').map((s) => `${s.stance} ${s.targetIds.join('+')}`).sort()).toEqual(['CALL actor:russia', 'CALL actor:syria']);
  });
});

describe('"the group said" after a sentence that opened with a group', () => {
  it('is that group, not the body spoken of before', () => {
    const f = extractArticle(
      [
        'Clinic destroyed in Kafr Sajna air strike',
        '',
        'An air strike destroyed the clinic in Kafr Sajna on Tuesday. Its director urged the UN Security Council to name those responsible.',
        '',
        'Rescuers from the White Helmets pulled the patient\'s wife alive from the rubble, the group said.',
      ].join('\n'),
      { publishedAt: '2019-05-29' },
    );
    expect(f.statements.filter((s) => /pulled/.test(s.text)).map((s) => s.speakerId)).toEqual(['actor:syrian-civil-defence']);
  });
});

describe('"the mechanic said", "the teacher said"', () => {
  it('is the person introduced with that role, though another was named since', () => {
    const f = extractArticle(
      article([
        'An air strike hit the school in Kansafra on Tuesday.',
        'Khaled Barakat, a mechanic who helped carry the wounded, ran to the school. Samira Qassem lives opposite the gate.',
        '"The ambulances took forty minutes," the mechanic said.',
      ]),
      { publishedAt: '2021-10-16' },
    );
    expect(f.statements.filter((s) => /ambulances/.test(s.text)).map((s) => s.speakerId)).toEqual(['actor:khaled-barakat']);
  });
  it('is the person named last when none was introduced with the role', () => {
    const f = extractArticle(
      article(['An air strike hit the school in Kansafra on Tuesday.', 'Ibrahim al-Sheikh, who has taught in this village for 17 years, wrote the date on the board.', '"We heard the plane," the teacher said.']),
      { publishedAt: '2021-10-16' },
    );
    expect(f.statements.filter((s) => /plane/.test(s.text)).map((s) => s.speakerId)).toEqual(['actor:ibrahim-al-sheikh']);
  });
});

describe('a pronoun across an interrupting speaker', () => {
  it('"She said" goes back to the spokeswoman past a spokesman named since', () => {
    const f = extractArticle(['Strikes hit a town in Idlib province', '', 'Hana Sorensen, a spokeswoman for the World Food Programme, said a strike near a warehouse in Sarmada on Monday had killed a guard.', '', 'Selim Karaca, the Turkish foreign ministry spokesman, urged Russia to rein in Syrian government forces.', '', 'She said about 40,000 people in the area depended on food parcels.', ''].join('\n'), { publishedAt: '2020-02-18' });
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:hana-sorensen', 'actor:selim-karaca', 'actor:hana-sorensen']);
  });

  it('"The statement also called on Russia" goes on in the statement\'s issuer\'s name', () => {
    const f = extractArticle(['Strikes hit a town in Idlib province', '', "The EU's foreign policy service said in a statement on Tuesday that it condemned the air strikes on hospitals in Idlib.", '', 'The statement also called on Russia to use its influence to bring about a ceasefire.', ''].join('\n'), { publishedAt: '2020-02-18' });
    expect(f.statements.map((s) => `${s.speakerId} ${s.stance}`)).toContain('actor:eu CALL');
  });
});
