/**
 * Behavioural grids (in the manner of CheckList): ordinary ways news copy attributes a remark, refers back
 * to a speaker, tells an attack and gives a toll, crossed with each other, so that a gap shows as a whole
 * row or column rather than as one article's sentence. Every cell is an invented sentence built from
 * general English constructions; none is taken from a gold set. A failing test lists its failing cells.
 */
import type { ArticleFacts } from '../../src/domain/facts';
import { extractArticle } from '../../src/extract';

const PUBLISHED = '2020-02-18'; // a Tuesday
const extract = (lines: string[]): { text: string; facts: ArticleFacts } => {
  const text = ['Deadly strike in north-west Syria', '', ...lines.flatMap((l) => [l, ''])].join('\n');
  return { text, facts: extractArticle(text, { publishedAt: PUBLISHED }) };
};
const acts = (facts: ArticleFacts, text: string, from: number): string[] =>
  facts.statements.filter((s) => text.indexOf(s.text, from) >= from).map((s) => `${s.speakerId.slice('actor:'.length)}/${s.stance}`);
const LEAD = 'An air strike killed six people in Sarmin on Monday, rescuers said.';

describe('attribution grid: speakers × stance frames × where the time and the frame stand', () => {
  const subjects: Array<[string, string]> = [
    ['The Russian Defence Ministry', 'russian-mod'],
    ["Russia's defence ministry", 'russian-mod'],
    ['Igor Konashenkov, a spokesman for the Russian Defence Ministry,', 'igor-konashenkov'],
    ['A spokesman for the Russian Defence Ministry', 'russian-mod'],
    ['The Syrian Observatory for Human Rights, a Britain-based war monitor,', 'sohr'],
    ["Turkey's foreign ministry", 'turkish-foreign-ministry'],
    ['Syrian state news agency SANA', 'sana'],
    ['The White Helmets, whose volunteers dug through the rubble for hours,', 'syrian-civil-defence'],
  ];
  const frames: Array<[string, string]> = [
    ['denied that its aircraft had struck Sarmin', 'DENIAL'],
    ['rejected reports that its aircraft had struck Sarmin', 'DENIAL'],
    ['dismissed reports of the strike as fake', 'DENIAL'],
    ['refuted claims that its jets had bombed the market', 'DENIAL'],
    ['branded the reports a fabrication', 'DENIAL'],
    ['described the reports as a provocation', 'DENIAL'],
    ['called the reports baseless', 'DENIAL'],
    ['insisted that its aircraft had not flown over Sarmin', 'DENIAL'],
    ['blamed Syrian government forces for the attack', 'ACCUSATION'],
    ['accused Syrian government forces of carrying out the strike', 'ACCUSATION'],
    ['held Syrian government forces responsible for the attack', 'ACCUSATION'],
    ['laid the blame on Syrian government forces', 'ACCUSATION'],
    ['pinned the attack on Syrian government forces', 'ACCUSATION'],
    ['urged all parties to protect civilians', 'CALL'],
    ['called on Damascus to halt the strikes', 'CALL'],
    ['appealed to the international community to act', 'CALL'],
    ['demanded an independent investigation into the strike', 'CALL'],
    ['condemned the attack on Sarmin', 'CRITICISM'],
    ['denounced the strike on Sarmin', 'CRITICISM'],
    ['deplored the attack on Sarmin', 'CRITICISM'],
    ['slammed the strike as a war crime', 'CRITICISM'],
    ['confirmed that six people had been killed', 'CONFIRMATION'],
    ['acknowledged that the strike had killed civilians', 'CONFIRMATION'],
    ['said six people had been killed in the strike', 'CLAIM'],
    ['said the strike killed six people', 'CLAIM'],
  ];
  const lower = (subject: string): string => subject.replace(/^The /, 'the ').replace(/^A /, 'a ');
  const placements: Array<[string, (subject: string, frame: string) => string | null]> = [
    ['S V', (su, f) => `${su} ${f}.`],
    ['S also V', (su, f) => `${su} also ${f}.`],
    ['S on Tuesday V', (su, f) => `${su} on Tuesday ${f}.`],
    ['S V … on Tuesday', (su, f) => `${su} ${f} on Tuesday.`],
    ['In a statement on Tuesday, S V', (su, f) => `In a statement on Tuesday, ${lower(su)} ${f}.`],
    ['S has V', (su, f) => `${su} has ${f}.`],
    ['S V, in a statement, that', (su, f) => (/^\w+(?: reports| claims)? that\b/.test(f) ? `${su} ${f.replace(/^(\w+(?: reports| claims)?) that/, '$1, in a statement, that')}.` : null)],
    ['S, which backs …, V', (su, f) => (su.endsWith(',') ? null : `${su}, which backs the government in Damascus, ${f}.`)],
    ['S said …. It V', (su, f) => (su.endsWith(',') || su.startsWith('A ') ? null : `${su} said it was looking into the reports. It ${f}.`)],
    ['"…," S said. S V', (su, f) => (f.startsWith('said ') ? `"We will not stay silent," ${lower(su)} said. ${su} ${f}.` : null)],
  ];
  it.each(placements.map(([name]) => name))('%s', (name) => {
    const place = placements.find(([n]) => n === name)![1];
    const failures: string[] = [];
    for (const [subject, speaker] of subjects) {
      for (const [frame, stance] of frames) {
        const sentence = place(subject, frame);
        if (sentence === null) continue;
        const { text, facts } = extract([LEAD, sentence]);
        const got = acts(facts, text, text.indexOf(sentence));
        if (!got.includes(`${speaker}/${stance}`)) failures.push(`${sentence} → ${got.join(', ') || 'nothing'}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('discourse grid: a remark that refers back to the speaker of the sentence before', () => {
  const intros: Array<[string, string, 'org' | 'person', string]> = [
    ['The Syrian Observatory for Human Rights said an air strike killed six people in Sarmin on Monday.', 'sohr', 'org', 'monitor'],
    ['The White Helmets said an air strike killed six people in Sarmin on Monday.', 'syrian-civil-defence', 'org', 'group'],
    ['The Russian Defence Ministry denied that its aircraft had struck Sarmin on Monday.', 'russian-mod', 'org', 'ministry'],
    ["Turkey's foreign ministry condemned an air strike that killed six people in Sarmin on Monday.", 'turkish-foreign-ministry', 'org', 'ministry'],
    ['Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said an air strike killed six people in Sarmin on Monday.', 'rami-abdel-rahman', 'person', 'monitor'],
    ['Raed al-Saleh, who heads the White Helmets, said an air strike killed six people in Sarmin on Monday.', 'raed-al-saleh', 'person', 'group'],
  ];
  const follows: Array<[string, string, 'org' | 'person' | 'any']> = [
    ['It added that the toll could rise as rescuers searched the rubble.', 'CLAIM', 'org'],
    ['It also said most of the dead were civilians.', 'CLAIM', 'org'],
    ['The {ROLE} added that the toll could rise.', 'CLAIM', 'org'],
    ['The {ROLE} also said most of the dead were civilians.', 'CLAIM', 'org'],
    ['The same {ROLE} said nine people had died.', 'CLAIM', 'org'],
    ['"The toll could rise," it added.', 'CLAIM', 'org'],
    ['"The toll could rise," he added.', 'CLAIM', 'person'],
    ['He said the toll could rise.', 'CLAIM', 'person'],
    ['It blamed Russian jets for the attack.', 'ACCUSATION', 'org'],
    ['The {ROLE} blamed Russian jets for the attack.', 'ACCUSATION', 'org'],
    ['He blamed Russian jets for the attack.', 'ACCUSATION', 'person'],
    ['It urged Moscow to halt the strikes.', 'CALL', 'org'],
    ['He called on the international community to act.', 'CALL', 'person'],
    ['According to the {ROLE}, most of the dead were civilians.', 'CLAIM', 'org'],
    ['In a statement, it said most of the dead were civilians.', 'CLAIM', 'org'],
    ['It went on to accuse Moscow of targeting civilians.', 'ACCUSATION', 'org'],
    ['He went on to accuse Moscow of targeting civilians.', 'ACCUSATION', 'person'],
    ['Most of the dead were civilians, it said.', 'CLAIM', 'org'],
    ['Most of the dead were civilians, he said.', 'CLAIM', 'person'],
    ['The toll, it said, could rise.', 'CLAIM', 'org'],
    ['"We call on the international community to act," he said.', 'CALL', 'person'],
    ['It said later that the toll had risen to nine.', 'CLAIM', 'org'],
    ['It put the toll at nine.', 'CLAIM', 'org'],
    ['It held Russia responsible for the attack.', 'ACCUSATION', 'org'],
    ['It did not say who had carried out the strike.', 'NONE', 'any'],
    ['It declined to comment further.', 'NONE', 'any'],
  ];
  it.each(follows.map(([f]) => f))('%s', (follow) => {
    const [, stance, need] = follows.find(([f]) => f === follow)!;
    const failures: string[] = [];
    for (const [intro, speaker, kind, role] of intros) {
      if (need !== 'any' && need !== kind) continue;
      const second = follow.replace('{ROLE}', role);
      const text = ['Deadly strike in north-west Syria', '', `${intro} ${second}`, ''].join('\n');
      const got = acts(extractArticle(text, { publishedAt: PUBLISHED }), text, text.indexOf(second) - 2);
      const ok = stance === 'NONE' ? got.length === 0 : got.includes(`${speaker}/${stance}`);
      if (!ok) failures.push(`${speaker}: ${second} → ${got.join(', ') || 'nothing'}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('incident grid: attack phrasings × places × days', () => {
  // Places the alias table knows and places only the gazetteer knows (those need a cue to be read as places).
  const places: Array<[string, string]> = [
    ['Kafr Takharim', 'kafr-takharim'],
    ['Ihsim', 'ihsim'],
    ['Taftanaz', 'taftanaz'],
    ['Kansafra', 'kansafra'],
    ['Sarmin', 'sarmin'],
    ['Maarat al-Numan', 'maarat-al-numan'],
    ['Ariha', 'ariha'],
    ['the town of Binnish', 'binnish'],
    ['Kafr Nabl', 'kafranbel'],
    ['Jisr al-Shughur', 'jisr-al-shughur'],
  ];
  const days: Array<[string, string]> = [
    ['on Monday', '2020-02-17'],
    ['late on Sunday', '2020-02-16'],
    ['on February 14', '2020-02-14'],
    ['yesterday', '2020-02-17'],
  ];
  const phrasings: Array<[string, string]> = [
    ['An air strike on a market in {P} killed six people {T}', 'AIRSTRIKE'],
    ['Six people were killed {T} when warplanes struck {P}', 'AIRSTRIKE'],
    ['Warplanes pounded {P} {T}, killing six civilians', 'AIRSTRIKE'],
    ['{P} was hit by air strikes {T} that killed six people', 'AIRSTRIKE'],
    ['At least six civilians died in air strikes on {P} {T}', 'AIRSTRIKE'],
    ['Russian jets bombed a hospital in {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Six people, including two children, were killed in an air raid on {P} {T}', 'AIRSTRIKE'],
    ['Government artillery shelled {P} {T}, killing six people', 'SHELLING'],
    ['Six people were killed {T} by regime shelling on {P}', 'SHELLING'],
    ['A barrel bomb dropped on {P} {T} killed six people', 'AIRSTRIKE'],
    ['A drone strike on a car in {P} {T} killed six people', 'AIRSTRIKE'],
    ['Six people died {T} after an air strike hit a school in {P}', 'AIRSTRIKE'],
    ['The death toll from an air strike on {P} {T} rose to six', 'AIRSTRIKE'],
    ['An air strike {T} on {P} left six people dead', 'AIRSTRIKE'],
    ['Six civilians lost their lives {T} when jets struck {P}', 'AIRSTRIKE'],
    ['Air strikes {T} on {P} killed six people and wounded 12', 'AIRSTRIKE'],
    ['A car bomb exploded in {P} {T}, killing six people', 'OTHER'],
    ['Six members of one family were killed {T} when their home in {P} was bombed', 'AIRSTRIKE'],
    ['Rockets fired by rebels hit {P} {T}, killing six people', 'SHELLING'],
    ['An air strike {T} destroyed a bakery in {P}, killing six people', 'AIRSTRIKE'],
    ['Russian jets targeted {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Warplanes raided {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Government forces bombarded {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Jets hammered {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Air strikes hit {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Six people were killed {T} as warplanes bombed {P}', 'AIRSTRIKE'],
    ['Six people were killed {T} in strikes on {P}', 'AIRSTRIKE'],
    ['{P} came under heavy bombardment {T}, and six people were killed', 'AIRSTRIKE'],
    ['In {P}, an air strike killed six people {T}', 'AIRSTRIKE'],
    ['Six people were killed {T} when a strike hit a house on the outskirts of {P}', 'AIRSTRIKE'],
    ['Regime helicopters dropped barrel bombs on {P} {T}, killing six people', 'AIRSTRIKE'],
    ['Six people were killed {T} in a Russian air strike that targeted a market in {P}', 'AIRSTRIKE'],
  ];
  it.each(phrasings.map(([p]) => p))('%s', (phrasing) => {
    const kind = phrasings.find(([p]) => p === phrasing)![1];
    const failures: string[] = [];
    for (const [place, slug] of places) {
      for (const [day, date] of days) {
        const lead = phrasing.replace('{P}', place).replace('{T}', day).replace(/^the /, 'The ');
        const { facts } = extract([`${lead}, rescuers said.`]);
        const got = facts.incidents.map((i) => `${i.placeIds.join('+')} ${i.kind} ${i.date ?? 'undated'}`);
        const killed = facts.statements.map((s) => s.killed);
        if (got.join() !== `place:${slug} ${kind} ${date}` || !killed.includes(6)) failures.push(`${lead} → ${got.join('; ') || 'no incident'}, killed ${killed.join('/')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('toll grid: casualty phrasings × attributions', () => {
  type Toll = { killed?: number; injured?: number; children?: number };
  const tolls: Array<[string, Toll]> = [
    ['killed six people', { killed: 6 }],
    ['killed at least six people', { killed: 6 }],
    ['killed more than six people', { killed: 6 }],
    ['killed six people, including two children', { killed: 6, children: 2 }],
    ['killed six civilians, among them two children', { killed: 6, children: 2 }],
    ['killed six people and wounded 12 others', { killed: 6, injured: 12 }],
    ['killed six people and injured a dozen', { killed: 6, injured: 12 }],
    ['killed six people, four of them children', { killed: 6, children: 4 }],
    ['left six people dead and 12 wounded', { killed: 6, injured: 12 }],
    ['killed a family of six', { killed: 6 }],
    ['killed sixteen people', { killed: 16 }],
    ['killed twenty-one people', { killed: 21 }],
    ['killed nearly 20 people', { killed: 20 }],
    ['killed up to 20 people', { killed: 20 }],
    ['killed as many as 20 people', { killed: 20 }],
    ['injured at least 12 people, most of them women and children', { injured: 12 }],
    ['killed a woman and her three children', { killed: 4, children: 3 }],
    ['killed two men and a child', { killed: 3, children: 1 }],
  ];
  const frames: Array<[string, (toll: string) => string]> = [
    ['X said S', (t) => `The Syrian Observatory for Human Rights said an air strike on Sarmin on Monday ${t}.`],
    ['S, X said', (t) => `An air strike on Sarmin on Monday ${t}, the Syrian Observatory for Human Rights said.`],
    ['S, according to X', (t) => `An air strike on Sarmin on Monday ${t}, according to the Syrian Observatory for Human Rights.`],
  ];
  it.each(frames.map(([name]) => name))('%s', (name) => {
    const frame = frames.find(([n]) => n === name)![1];
    const failures: string[] = [];
    for (const [toll, want] of tolls) {
      const sentence = frame(toll);
      const st = extract([sentence]).facts.statements.filter((s) => s.speakerId === 'actor:sohr');
      const got: Toll = {};
      for (const field of ['killed', 'injured', 'children'] as const) {
        const v = st.find((s) => s[field] !== null)?.[field];
        if (v !== undefined && v !== null) got[field] = v;
      }
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${sentence} → ${JSON.stringify(got)}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('two-incident grid: which incident a later remark is about', () => {
  const A = 'An air strike on a market in Sarmin killed nine people on Monday, the White Helmets said.';
  const B = 'A day earlier, shelling on Ariha killed four people, including a child, the Syrian Observatory for Human Rights said.';
  const C = 'An air strike on a school in Ariha killed four people on Sunday, the Syrian Observatory for Human Rights said.';
  it.each<[string, string[], string, 'A' | 'B' | null]>([
    ['a denial naming the town', [A, B, 'The Russian Defence Ministry denied that its aircraft had struck Sarmin.'], 'russian-mod', 'A'],
    ['a denial naming the site', [A, B, 'The Russian Defence Ministry denied that its aircraft had struck the market.'], 'russian-mod', 'A'],
    ['a denial of the other kind of attack', [A, B, 'The Syrian army denied shelling Ariha.'], 'syrian-army', 'B'],
    ['a condemnation naming the site', [A, B, 'Turkey condemned the strike on the market.'], 'turkey', 'A'],
    ['a condemnation naming the kind', [A, B, 'Turkey condemned the shelling.'], 'turkey', 'B'],
    ['a remark in the second incident’s paragraph', [A, B + ' It blamed government forces.'], 'sohr', 'B'],
    ['a toll naming the town', [A, B, 'The toll in Sarmin rose to 11, the White Helmets said.'], 'syrian-civil-defence', 'A'],
    ['a call naming the town', [A, B, 'The UN called for an investigation into the Sarmin strike.'], 'un', 'A'],
    ['a standing position', [A, B, 'Moscow says its forces only target terrorists.'], 'russia', null],
    ['an aggregate', [A, B, 'The Observatory said more than 200 civilians had been killed in Idlib since the start of the month.'], 'sohr', null],
    ['the site of the incident told second', [B, A, 'The White Helmets said rescuers were still searching the rubble of the market.'], 'syrian-civil-defence', 'A'],
    ['the kind of the incident told first', [B, A, 'The Observatory said the shelling had come from government positions to the south.'], 'sohr', 'B'],
    ["the day's strike, told before the last one", [A, C, "Turkey condemned Monday's strike."], 'turkey', 'A'],
    ["the day's strike, the last one", [A, C, "Turkey condemned Sunday's strike."], 'turkey', 'B'],
    ['the earlier of two strikes', [A, C, 'The Observatory said the earlier strike had killed four children.'], 'sohr', 'B'],
    ['the latest of two strikes', [C, A, 'The Observatory said the latest strike had killed nine people.'], 'sohr', 'A'],
    ['a site that only one incident has', [A, C, 'The Russian Defence Ministry denied carrying out the strike on the school.'], 'russian-mod', 'B'],
    ['a site, and the report of another day', [A, C, 'UNICEF said in an update on Monday that the strike on the school had killed three pupils.'], 'unicef', 'B'],
    ['both attacks', [A, C, 'Turkey condemned both attacks.'], 'turkey', null],
    ['the two strikes', [A, C, 'The UN condemned the two strikes and called for an investigation.'], 'un', null],
  ])('%s', (_name, paragraphs, speaker, want) => {
    const text = ['Strikes kill 13 in Idlib province', '', ...paragraphs.flatMap((l) => [l, ''])].join('\n');
    const facts = extractArticle(text, { publishedAt: PUBLISHED });
    const key = new Map<string | null, string>([[null, 'none']]);
    for (const i of facts.incidents) key.set(i.id, i.placeIds.includes('place:sarmin') ? 'A' : i.placeIds.includes('place:ariha') ? 'B' : '?');
    const last = paragraphs[paragraphs.length - 1]!;
    const from = text.lastIndexOf(last.split(/(?<=\.) /).pop()!);
    const got = facts.statements.filter((s) => s.start >= from - 1 && s.speakerId === `actor:${speaker}`).map((s) => key.get(s.incidentId) ?? '?');
    expect(got.length).toBeGreaterThan(0);
    expect([...new Set(got)]).toEqual([want ?? 'none']);
  });
});

describe('structure grid: a speaker carried by how the copy is laid out', () => {
  const LEAD_LINE = 'An air strike killed six people in Sarmin on Monday, rescuers said.';
  it.each<[string, string[], string, string, string]>([
    ['a quotation over two paragraphs after the speaker is introduced', [LEAD_LINE, 'Raed al-Saleh, who heads the White Helmets, described what his teams found.', '"We pulled six bodies from the rubble of the market,', '"Russian jets came back twice while we were working."'], 'Russian jets came back', 'raed-al-saleh', 'CLAIM'],
    ['a quotation paragraph after a quoted speaker', [LEAD_LINE, '"We pulled six bodies from the rubble," said Raed al-Saleh of the White Helmets.', '"We call on the world to stop the Russian jets."'], 'We call on the world', 'raed-al-saleh', 'CALL'],
    ['a colon, then the statement quoted', [LEAD_LINE, 'The Russian Defence Ministry said in a statement:', '"Russian aircraft did not carry out any combat missions in the Sarmin area."'], 'Russian aircraft did not', 'russian-mod', 'DENIAL'],
    ['a release in its issuer’s voice', ['The Syrian American Medical Society (SAMS) strongly condemns the air strike on the Sarmin surgical hospital on Monday, which killed six people.', 'SAMS calls on all parties to respect international humanitarian law.'], 'calls on all parties', 'sams', 'CALL'],
    ['a release going on in “we”', ['The Syrian American Medical Society (SAMS) strongly condemns the air strike on the Sarmin surgical hospital on Monday, which killed six people.', 'We call on all parties to respect international humanitarian law.'], 'We call on', 'sams', 'CALL'],
    ['findings listed under “said in its report:”', [LEAD_LINE, 'The Syrian Observatory for Human Rights said in its report:', '- Russian jets carried out the strike on the market.', '- Six civilians, including two children, were killed.'], 'Six civilians', 'sohr', 'CLAIM'],
    ['an answer in a Q and A', [`${LEAD_LINE} We spoke to Raed al-Saleh, head of the White Helmets.`, 'Q: Who carried out the strike?', 'A: Russian jets. We saw them circle for twenty minutes before they struck.'], 'Russian jets', 'raed-al-saleh', 'CLAIM'],
    ['a transcript’s caps label', [LEAD_LINE, 'ANCHOR: Joining us now is Raed al-Saleh of the White Helmets.', 'RAED AL-SALEH: Russian jets struck the market twice. Six people died.'], 'Russian jets struck', 'raed-al-saleh', 'CLAIM'],
  ])('%s', (_name, lines, cue, speaker, stance) => {
    const { text, facts } = extract(lines);
    const at = text.indexOf(cue);
    const got = facts.statements.filter((s) => s.start <= at && s.end >= at).map((s) => `${s.speakerId.slice('actor:'.length)}/${s.stance}`);
    expect(got).toContain(`${speaker}/${stance}`);
  });

  it('a quotation under a signature line stays the signer’s, not the last speaker’s', () => {
    const { text, facts } = extract([LEAD_LINE, 'The toll has risen to eight, according to the White Helmets.', '"Where are the guarantors? Russian planes are killing our children."\n- Abdulrahman Hilal, head of the Kansafra local council']);
    const at = text.indexOf('Russian planes');
    expect(facts.statements.filter((s) => s.start <= at && s.end >= at).map((s) => s.speakerId)).not.toContain('actor:syrian-civil-defence');
  });
});

describe('attribution forms: the speaker behind statements, asides, relays and descriptions', () => {
  const cases: Array<[string[], string, string, string]> = [
  [['In its statement, the Russian Defence Ministry said its aircraft had not flown over Sarmin.'], 'russian-mod', 'DENIAL', 'its aircraft'],
  [['A statement from the Russian Defence Ministry said its aircraft had not flown over Sarmin.'], 'russian-mod', 'DENIAL', 'its aircraft'],
  [["The Russian Defence Ministry's statement said its aircraft had not flown over Sarmin."], 'russian-mod', 'DENIAL', 'its aircraft'],
  [['The Russian Defence Ministry said in a statement posted on its website that its aircraft had not flown over Sarmin.'], 'russian-mod', 'DENIAL', 'its aircraft'],
  [['The White Helmets said in a Telegram post that Russian jets had carried out the strike.'], 'syrian-civil-defence', 'CLAIM', 'Russian jets'],
  [['Mahmoud Hussein, a doctor at the Sarmin hospital, said most of the wounded were children.', 'Later, Hussein said the toll had risen to nine.'], 'mahmoud-hussein', 'CLAIM', 'risen to nine'],
  [['Mahmoud Hussein, a doctor at the Sarmin hospital, said most of the wounded were children.', 'Dr Hussein said the toll had risen to nine.'], 'mahmoud-hussein', 'CLAIM', 'risen to nine'],
  [['Mahmoud Hussein, a doctor at the Sarmin hospital, said most of the wounded were children.', 'The doctor said the toll had risen to nine.'], 'mahmoud-hussein', 'CLAIM', 'risen to nine'],
  [['The toll had risen to nine, said Mahmoud Hussein, a doctor at the Sarmin hospital.'], 'mahmoud-hussein', 'CLAIM', 'risen to nine'],
  [['Raed al-Saleh told Reuters by phone from Idlib that Russian jets had carried out the strike.'], 'raed-al-saleh', 'CLAIM', 'Russian jets'],
  [['A Turkish official, speaking on condition of anonymity, said Ankara had protested to Moscow.'], 'turkey', 'CLAIM', 'protested'],
  [['An official at the Turkish foreign ministry, who spoke on condition of anonymity because he was not authorised to brief the media, said Ankara had protested to Moscow.'], 'turkish-foreign-ministry', 'CLAIM', 'protested'],
  [['A spokesman for Hayat Tahrir al-Sham said its fighters had shelled government positions in response.'], 'hts', 'CLAIM', 'its fighters'],
  [['The Syrian Observatory for Human Rights, which relies on a network of sources on the ground, said the toll had risen to nine.'], 'sohr', 'CLAIM', 'risen to nine'],
  [['The toll has risen to nine, the Britain-based Syrian Observatory for Human Rights said on Tuesday.'], 'sohr', 'CLAIM', 'risen to nine'],
  [['The toll has risen to nine, according to the Britain-based war monitor, the Syrian Observatory for Human Rights.'], 'sohr', 'CLAIM', 'risen to nine'],
  [['The toll has risen to nine, said the Observatory, which has a network of sources across Syria.'], 'sohr', 'CLAIM', 'risen to nine'],
  [['Rescuers, who spent the night searching the rubble, said the toll had risen to nine.'], 'syrian-civil-defence', 'CLAIM', 'risen to nine'],
  [['The civil defence said the toll had risen to nine.'], 'syrian-civil-defence', 'CLAIM', 'risen to nine'],
  [['The Syria Civil Defence, also known as the White Helmets, said the toll had risen to nine.'], 'syrian-civil-defence', 'CLAIM', 'risen to nine'],
  [['Local rescue workers told AFP that the toll had risen to nine.'], 'syrian-civil-defence', 'CLAIM', 'risen to nine'],
  [['Russia, a key ally of President Bashar al-Assad, denied involvement.'], 'russia', 'DENIAL', 'denied'],
  [['Russia, which has backed Assad since 2015 with air power, denied involvement.'], 'russia', 'DENIAL', 'denied'],
  [['The Kremlin declined to comment, but the Russian Defence Ministry denied involvement.'], 'russian-mod', 'DENIAL', 'denied involvement'],
  [['Moscow blamed the strike on "terrorists" who, it said, had shelled the town from nearby hills.'], 'russia', 'ACCUSATION', 'blamed'],
  [['Damascus has repeatedly denied targeting civilians and says it is fighting terrorists.'], 'syria', 'DENIAL', 'denied targeting'],
  [['Syrian state news agency SANA said "terrorist groups" had fabricated the attack.'], 'sana', 'DENIAL', 'fabricated'],
  ];
  it.each(cases.map(([lines, speaker, stance, cue]) => [lines[lines.length - 1]!, lines, speaker, stance, cue] as const))('%s', (_last, lines, speaker, stance, cue) => {
    const { text, facts } = extract([LEAD, ...lines]);
    const at = text.lastIndexOf(cue);
    const got = facts.statements.filter((s) => s.start <= at && s.end >= at).map((s) => `${s.speakerId.slice('actor:'.length)}/${s.stance}`);
    expect(got).toContain(`${speaker}/${stance}`);
  });
});

describe('place grid: spellings × the ways a place is given', () => {
  const spellings: Array<[string, string]> = [
    ['Saraqeb', 'saraqeb'], ['Saraqib', 'saraqeb'], ['Maaret al-Numan', 'maarat-al-numan'], ["Ma'arat al-Nu'man", 'maarat-al-numan'], ['Maarat al-Nouman', 'maarat-al-numan'],
    ['Kafranbel', 'kafranbel'], ['Kafr Nabl', 'kafranbel'], ['Jisr el-Shughour', 'jisr-al-shughur'], ['Jisr al-Shughour', 'jisr-al-shughur'], ['Khan Sheikhoun', 'khan-sheikhoun'],
    ['Khan Shaykhun', 'khan-sheikhoun'], ['Ariha', 'ariha'], ['Sarmada', 'sarmada'], ['Atareb', 'atarib'], ['al-Atarib', 'atarib'], ['Binnish', 'binnish'], ['Taftanaz', 'taftanaz'],
    ['Kafr Takharim', 'kafr-takharim'], ['Harem', 'harim'], ['Darat Izza', 'darat-izza'], ['Dana', 'dana'],
  ];
  it.each([
    'An air strike on the village of {P} killed six people on Monday',
    'An air strike on {P}, a town in southern Idlib province, killed six people on Monday',
    'An air strike on the outskirts of {P} killed six people on Monday',
    "An air strike on {P}'s main market killed six people on Monday",
    'An air strike on the {P} hospital killed six people on Monday',
    'An air strike near {P} killed six people on Monday',
    "An air strike in Idlib's {P} killed six people on Monday",
    'An air strike in the {P} area killed six people on Monday',
    'Six people were killed on Monday in {P}, in the Idlib countryside, when an air strike hit a market',
    '{P}: an air strike killed six people on Monday',
  ])('%s', (form) => {
    const failures: string[] = [];
    for (const [spelling, slug] of spellings) {
      const got = extract([`${form.replace('{P}', spelling)}, rescuers said.`]).facts.incidents.map((i) => i.placeIds.join('+'));
      if (got.join() !== `place:${slug}`) failures.push(`${spelling} → ${got.join('; ') || 'no incident'}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('a multi-word place before a possessive', () => {
  it.each([
    ["warplanes bombed Idlib city's crowded vegetable market", 'place:idlib-city'],
    ["warplanes bombed Saraqib's crowded vegetable market", 'place:saraqeb'],
  ])('%s', (clause, place) => {
    const { facts } = extract([`At least 11 civilians were killed on Monday when ${clause}, the Syrian Observatory for Human Rights said.`]);
    expect(facts.incidents.map((i) => i.placeIds.join('+'))).toEqual([place]);
  });
});
