/**
 * Writing in the first person that no speech verb frames: an interview whose answers are labelled
 * with the interviewee's surname and whose questions are labelled with the outlet's name, and an
 * opinion piece in its author's own voice. Invented articles (real place and organisation names).
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const statementsOf = (f: ArticleFacts, speaker: string): string[] =>
  f.statements.filter((s) => s.speakerId === `actor:${speaker}`).map((s) => `${s.stance}→${s.targetIds.map((t) => t.replace(/^actor:/, '')).join('+')}${s.killed !== null ? ` killed=${s.killed}` : ''}${s.injured !== null ? ` injured=${s.injured}` : ''}`);

describe('an interview labelled with the outlet and the interviewee\'s surname', () => {
  const text = [
    '"They came back for the rescuers": a volunteer on the strikes in Maarat Misrin',
    '',
    'Interview by Lena Hartmann | The Orontes Journal',
    '',
    'Yousef al-Hamwi, 34, runs a civil defence centre in Maarat Misrin, north of Idlib city. His team answered a strike on the town\'s market on Tuesday. He spoke to The Orontes Journal by phone.',
    '',
    'Orontes Journal: What did you find at the market?',
    '',
    'Al-Hamwi: The first missile hit the vegetable stalls just after ten. We pulled out six bodies, two of them children. Around 20 were wounded.',
    '',
    'Orontes Journal: Who carried out the strike?',
    '',
    'Al-Hamwi: It was a Russian jet. I hold Russia responsible for every life lost in that market.',
    '',
    'Orontes Journal: Moscow says it only strikes terrorists.',
    '',
    'Al-Hamwi: That is a lie. There were only vegetable sellers there.',
    '',
    'Orontes Journal: What do you need now?',
    '',
    'Al-Hamwi: I appeal to the Security Council to stop these flights.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'The Orontes Journal', publishedAt: '2021-06-10' });

  it('gives the answers to the interviewee, one statement per stance', () => {
    const mine = statementsOf(f, 'yousef-al-hamwi');
    expect(mine).toEqual(expect.arrayContaining(['CLAIM→ killed=6', 'CLAIM→russian-military', 'ACCUSATION→russia', 'DENIAL→', 'CALL→un-security-council']));
  });

  it('does not give the outlet\'s questions to the outlet', () => {
    expect(f.statements.filter((s) => /orontes/.test(s.speakerId))).toEqual([]);
  });

  it('still reads a statement reported inside a question', () => {
    expect(statementsOf(f, 'russia').length).toBeGreaterThan(0);
  });
});

describe('an opinion piece in its author\'s voice', () => {
  const text = [
    'They bombed the bakery where my neighbours queued for bread',
    '',
    'Opinion',
    'By Dr Karim Haddad',
    'Dr Karim Haddad is a paediatrician in Idlib province.',
    '',
    'My name is Karim Haddad, and I have treated the children of Ariha for nine years. I am writing from the town, where the power comes on for two hours a day.',
    '',
    'On Thursday morning two bombs hit the bakery on the main road. I heard the jets first, then the explosions. Seven people were killed, three of them children, and eleven were wounded.',
    '',
    'I hold the Syrian government and its Russian ally responsible for this massacre.',
    '',
    'So I ask one thing of the Security Council: stop pretending you cannot see us.',
    '',
    'We will bake again. We always do.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'The Frontline Review', publishedAt: '2021-06-12' });
  const mine = statementsOf(f, 'karim-haddad');

  it('gives the author\'s account, accusation and call to the author', () => {
    expect(mine).toEqual(expect.arrayContaining(['CLAIM→ killed=7 injured=11', 'ACCUSATION→syria', 'CALL→un-security-council']));
  });

  it('does not make statements of the author\'s remarks about himself', () => {
    const texts = f.statements.map((s) => s.text);
    expect(texts.filter((x) => /^(?:My name|I am writing|We will bake|We always)/.test(x))).toEqual([]);
  });

  it('leaves someone else\'s report and a negated blame out of the author\'s statements', () => {
    const g = extractArticle(text.replace('We will bake again.', 'The next morning the town\'s health office reported two deaths. They counted in the dark, and I do not blame them.'), { title: text.split('\n')[0], publishedAt: '2021-06-12' });
    const authorTexts = g.statements.filter((s) => s.speakerId === 'actor:karim-haddad').map((s) => `${s.stance}:${s.text}`);
    expect(authorTexts.filter((x) => /reported two deaths|do not blame/.test(x))).toEqual([]);
  });

  it('leaves a news story with a byline in the third person alone', () => {
    const news = extractArticle(
      ['Air strike hits bakery in Ariha', '', 'By Karim Haddad', '', 'Two bombs hit a bakery in Ariha on Thursday, killing seven people, rescuers said. The town has been shelled for weeks.'].join('\n'),
      { title: 'Air strike hits bakery in Ariha', publishedAt: '2021-06-12' },
    );
    expect(statementsOf(news, 'karim-haddad')).toEqual([]);
  });
});

describe('pieces of a witness\'s account', () => {
  const run = (sentence: string): ArticleFacts =>
    extractArticle(['Strike on Idlib market kills civilians', '', 'An air strike on a market in Sarmin on Monday killed nine people, rescuers said.', '', sentence].join('\n'), { publishedAt: '2019-05-08' });
  it('reads a cleft naming the force ("It was a Russian Sukhoi")', () => {
    expect(statementsOf(run('"It was a Russian Sukhoi, our observers tracked it from Hmeimim," said Yousef al-Hamwi, a rescuer.'), 'yousef-al-hamwi')).toContain('CLAIM→russian-military');
  });
  it('names no force when the content leaves it open', () => {
    expect(statementsOf(run('It was not clear whether the jets were Russian, the monitor said.'), 'sohr')).toEqual(['CLAIM→']);
  });
  it('reads "X must tell …" as a call on X, but "we must" as the speaker\'s own', () => {
    expect(statementsOf(run('"Turkey, whose soldiers are ten kilometres from here, must tell its Russian partner to stop," said Yousef al-Hamwi, a rescuer.'), 'yousef-al-hamwi')).toEqual(['CALL→turkey']);
    expect(statementsOf(run('"We must protect our families," said Yousef al-Hamwi, a rescuer.'), 'yousef-al-hamwi')).not.toContain('CALL→');
  });
  it('takes a toll "now" at its update ("so our number is now eleven")', () => {
    expect(statementsOf(run('"Two men died later in hospital, so our number is now eleven," said Yousef al-Hamwi, a rescuer.'), 'yousef-al-hamwi')).toContain('CLAIM→ killed=11');
  });
});

describe('more of an interviewee\'s answers', () => {
  const text = [
    'Interview: a coordinator on the market strike in Darat Izza',
    '',
    'RANIA KHOURY: My guest is Samer Haj Ali, a field coordinator for a medical charity. The market in Darat Izza was hit by an air strike on Friday, killing eleven people.',
    '',
    'SAMER HAJ ALI: It was just before noon prayers. The planes were Russian.',
    '',
    'RANIA KHOURY: The Russian Defence Ministry said it struck "an arms depot" near the town.',
    '',
    'SAMER HAJ ALI: Staged? I carried a girl to the ambulance myself. We are asking the UN Security Council to make these attacks stop.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], publishedAt: '2023-10-08' });
  it('reads "We are asking X to …" as a call on X', () => {
    expect(statementsOf(f, 'samer-haj-ali')).toContain('CALL→un-security-council');
  });
  it('leaves a question in an answer ("Staged?") out', () => {
    expect(f.statements.filter((s) => s.text.trim().startsWith('Staged?'))).toEqual([]);
  });
  it('reads a ministry\'s "it struck" as its military\'s act', () => {
    expect(statementsOf(f, 'russian-mod')).toContain('CLAIM→russian-military');
  });
});

describe('a live blog\'s entries', () => {
  const text = [
    'Live: Air strikes on Jisr al-Shughur market - updates',
    '',
    '14:05 GMT - The Syria Civil Defence says at least seven people were killed when an air strike hit the vegetable market in Jisr al-Shughur this morning.',
    '',
    '16:10 GMT - Local council head Ahmad Barakat: "We have pulled 15 bodies from the rubble. The market was full of women and children."',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], publishedAt: '2018-05-15' });
  it('gives a quotation under a speaker\'s name as its label to that speaker', () => {
    expect(statementsOf(f, 'ahmad-barakat')).toEqual(['CLAIM→ killed=15']);
  });
});

describe('a UN noon briefing', () => {
  const text = [
    'Noon briefing by the Spokesperson for the Secretary-General',
    '',
    'The following is a near-verbatim transcript of today\'s noon briefing by Farhan Haq, Deputy Spokesperson for the Secretary-General.',
    '',
    'The Secretary-General is deeply alarmed by reports of air strikes on a market in Jisr al-Shughur, in Idlib province, which reportedly killed at least 16 civilians yesterday.',
    '',
    'Question: Farhan, do you know who carried out the strike? The Russians have said their planes were not flying there.',
    '',
    'Deputy Spokesperson: We are not in a position to attribute responsibility. I would urge all parties to cooperate with any investigation.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], publishedAt: '2018-05-16' });
  it('gives "Deputy Spokesperson:" turns to the person the text introduced in that role', () => {
    expect(statementsOf(f, 'farhan-haq')).toContain('CALL→');
    expect(f.statements.filter((s) => /deputy-spokesperson/.test(s.speakerId))).toEqual([]);
  });
  it('reads "their planes were not flying there" as a denial of the speaker\'s military\'s act', () => {
    expect(statementsOf(f, 'russia')).toEqual(['DENIAL→russian-military']);
  });
});

describe('a Q/A interview introduced by the outlet that conducted it', () => {
  const text = [
    "'We dig with our hands': a rescue team leader on winter in Idlib",
    '',
    'By Jane Doe',
    '',
    'Samir al-Halabi, 41, leads a team of volunteers at the civil defence centre in Saraqeb. Thousands of displaced families have settled in the town. Levant Quarterly spoke to him by phone.',
    '',
    'Q: Who is carrying out the strikes?',
    '',
    'A: The Russian jets come in pairs. I hold Russian forces responsible for every one of these deaths.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'Levant Quarterly', publishedAt: '2017-12-28' });

  it('gives the answers to the person introduced, not to the outlet', () => {
    expect(f.statements.map((s) => s.speakerId)).not.toContain('actor:levant-quarterly');
    expect(statementsOf(f, 'samir-al-halabi')).toContain('ACCUSATION→russian-military');
  });
});

describe('a parliamentary record', () => {
  const text = [
    'Syria: Hospital Attacks - Commons debate on strikes in Idlib',
    '',
    'Volume 612: debated on Wednesday 4 November 2015',
    '',
    'Mr Andrew Lyle (Ludlow) (Con): What assessment has the Minister made of reports that Russian aircraft bombed the field hospital in Sarmin on 27 October, killing 13 people?',
    '',
    'The Minister for the Middle East (Mr Tobias Ellwood): The Government condemn the attack on the hospital in Sarmin. We call on Russia to stop targeting civilians.',
    '',
    'Mr Andrew Lyle: Will the Minister raise this at the Security Council?',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'Hansard', publishedAt: '2015-11-04' });

  it('gives a minister\'s answer, labelled with the office and the name in brackets, to the minister', () => {
    expect(statementsOf(f, 'tobias-ellwood')).toEqual(expect.arrayContaining(['CRITICISM→', 'CALL→russia']));
  });
  it('reads a member labelled with the seat and party, and gives their questions no statement', () => {
    expect(statementsOf(f, 'andrew-lyle')).toEqual([]);
  });
});

describe('a letters page', () => {
  const text = [
    'Letters: Idlib cannot wait',
    '',
    'Letters to the Editor',
    '',
    'Keep the crossing open',
    '',
    'Sir, I taught for thirty years in Idlib before I came to Turkey. I urge the Security Council to renew the crossing mechanism for a full year.',
    '',
    'Ahmad Sallouf',
    'Reyhanli, Hatay',
    '',
    'Not quiet',
    '',
    'Sir, Our documentation team has recorded the killing of 112 civilians in Idlib province since January. Most died in bombardment by Syrian regime forces and Russian aircraft, and we hold both responsible.',
    '',
    'Rana Khatib',
    'Syrian Network for Human Rights, Gaziantep',
  ].join('\n');
  const f = extractArticle(text, { title: 'Letters: Idlib cannot wait', publishedAt: '2021-07-01' });
  it('gives each letter to the name signed under it', () => {
    expect(statementsOf(f, 'ahmad-sallouf')).toEqual(['CALL→un-security-council']);
    expect(statementsOf(f, 'rana-khatib')).toEqual(['CLAIM→ killed=112', 'ACCUSATION→syrian-army', 'ACCUSATION→russian-military']);
  });
  it('makes the writer one of the organisation on the line under the name', () => {
    expect(f.actors.find((a) => a.id === 'actor:rana-khatib')?.partOf).toBe('actor:snhr');
  });
});

describe('an opinion piece in the plural of the organisation its writer heads', () => {
  it('is the writer\'s', () => {
    const f = extractArticle(
      [
        'Our clinic was a protected site. It was bombed anyway',
        '',
        'Opinion',
        'By Leila Mansour',
        '',
        'At twenty to seven on the morning of Thursday 10 June, two bombs fell on our clinic in al-Bara, killing four people.',
        '',
        'We had shared the clinic\'s coordinates with the United Nations, and we shared them again in March.',
        '',
        'We urge the UN Security Council to refer attacks on health care in Syria to an independent mechanism.',
      ].join('\n'),
      { publishedAt: '2021-06-18' },
    );
    expect(statementsOf(f, 'leila-mansour')).toEqual(expect.arrayContaining(['CLAIM→ killed=4', 'CALL→un-security-council']));
  });
});

describe('a TV transcript whose labels give a role or a note after the name', () => {
  const text = [
    'Idlib buries its children after school strike',
    '',
    'SAMI ZEIN, ANCHOR: Good evening. Families in Idlib city have been burying the victims of an air strike on a primary school on Tuesday.',
    '',
    'DALIA HOURANI, REPORTER: The classroom walls are still standing. Abu Ahmad al-Halabi lost his wife and two daughters here. Nour Kassem is a volunteer with the White Helmets.',
    '',
    'ABU AHMAD AL-HALABI (through interpreter): "The plane came twice, and the second time it hit the rooms where the women were sleeping."',
    '',
    'NOUR KASSEM, WHITE HELMETS: "We counted sixteen dead and more than thirty injured."',
  ].join('\n');
  const f = extractArticle(text, { title: 'Idlib buries its children after school strike', publishedAt: '2020-02-26' });
  it('gives each turn to the person the label names', () => {
    expect(statementsOf(f, 'abu-ahmad-al-halabi')).toEqual(['CLAIM→']);
    expect(statementsOf(f, 'nour-kassem')).toEqual(['CLAIM→ killed=16 injured=30']);
  });
});

describe('an interview whose questions stand alone in bold', () => {
  it('gives the paragraphs after each question to the interviewee the introduction named', () => {
    const f = extractArticle(
      [
        '"We triage in the corridors": a hospital director on the morning the school was hit',
        '',
        'Dr Walid Haj Omar has directed the main surgical hospital in Idlib city since 2017. We spoke to him by video link.',
        '',
        '**What happened that morning?**',
        '',
        'We received fourteen bodies in the first two hours after the air strike on the school, nine of them children.',
        '',
        '**What do you need most?**',
        '',
        'I appeal to the World Health Organization to open a supply line through Bab al-Hawa.',
      ].join('\n'),
      { publishedAt: '2020-03-01' },
    );
    expect(statementsOf(f, 'walid-haj-omar')).toEqual(['CLAIM→ killed=14', 'CALL→who']);
  });
});

describe('a briefing transcript whose questions are labelled with the reporter ("Q (Name, Outlet):")', () => {
  const f = extractArticle(
    [
      'Transcript: Foreign Ministry briefing on Idlib',
      '',
      'Below is an edited transcript of the weekly briefing by Yelena Barinova, deputy spokeswoman of the Russian Foreign Ministry.',
      '',
      'Q (Daniel Reyes, Meridian Wire): Human Rights Watch said on Monday that Syrian and Russian aircraft have hit at least 22 medical facilities since late April. Your response?',
      '',
      'A: We reject this report. The Russian Aerospace Forces do not strike hospitals.',
      '',
      'Q (Daniel Reyes, Meridian Wire): Do you deny that Russian jets took part in strikes on Kafr Nabl this month?',
      '',
      'A: I categorically deny it.',
    ].join('\n'),
    { publishedAt: '2019-06-20' },
  );
  it('gives the "A:" answers to the spokeswoman, denials where her own verb denies', () => {
    const hers = f.statements.filter((s) => s.speakerId === 'actor:yelena-barinova').map((s) => s.stance);
    expect(hers).toEqual(['DENIAL', 'DENIAL', 'DENIAL']);
  });
  it('makes no incident of an attack named only in a question', () => {
    expect(f.incidents).toEqual([]);
  });
});
