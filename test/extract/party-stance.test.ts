/**
 * Stance and target at the guidelines' boundaries: a party naming its adversary with a neutral verb
 * (an accusation, whatever the attack verb), a party's adversary misusing a civilian building (told in
 * the passive), a party's own operations, and whom a condemnation names ("what it called the Turkish
 * aggression", "the air strikes by the Syrian regime and Russia"). Invented sentences; none is taken
 * from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strikes hit a town in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const acts = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.targetIds.length ? ' → ' + s.targetIds.map(slug).join('+') : ''}`);

describe('a party naming its adversary as the attacker', () => {
  it.each([
    ['Jaish al-Izza said regime artillery had pounded its positions near Kafr Zita on Sunday night.', 'jaish-al-izza ACCUSATION → syrian-army'],
    ['Jaish al-Izza said regime jets had bombarded Kafr Zita on Sunday night.', 'jaish-al-izza ACCUSATION → syrian-army'],
    ['The Syrian army said militants had hammered al-Suqaylabiyah with rockets on Sunday.', 'syrian-army ACCUSATION → armed-opposition'],
  ])('accuses, whatever the attack verb: %s', (sentence, act) => {
    expect(acts(run(sentence))).toContain(act);
  });

  it.each([
    ['Russia\'s defence ministry said the building in Ariha had been turned into a headquarters by Hayat Tahrir al-Sham.', 'russian-mod ACCUSATION → hts'],
    ['A Syrian military source told SANA that the hospital in Kafranbel had been used as an arms depot by militants for months.', 'syrian-army ACCUSATION → armed-opposition'],
  ])('accuses when the adversary misused a building, told in the passive: %s', (sentence, act) => {
    expect(acts(run(sentence))).toContain(act);
  });

  it('claims its own operations for itself ("saying its operations were aimed at terrorist groups")', () => {
    expect(acts(run('The Syrian army denied targeting civilians, saying its operations were aimed at "terrorist groups" only.'))).toContain('syrian-army CLAIM → syrian-army');
  });
});

describe('whom a condemnation names', () => {
  it.each([
    ['The Syrian Foreign Ministry condemned what it called "the Turkish aggression" on Syrian territory.', ['syrian-foreign-ministry CRITICISM → turkey']],
    ['NATO condemned the indiscriminate air strikes by the Syrian regime and Russia on Idlib province.', ['nato CRITICISM → syria', 'nato CRITICISM → russia']],
  ])('%s', (sentence, want) => {
    expect(acts(run(sentence))).toEqual(want);
  });
});

describe('a party striking what its adversary used', () => {
  it('claims its own action ("destroyed a weapons depot used by militants")', () => {
    expect(acts(run("Russia's defence ministry said Russian warplanes had destroyed a weapons depot used by militants near Saraqeb."))).toEqual(['russian-mod CLAIM → russian-military']);
  });
});

describe('an official whose title names the state he serves', () => {
  it.each([
    ['Rockets fired by rebels hit a school in al-Suqaylabiyah on Monday, wounding three pupils, the governor of Hama, Ziad Haidar, told state television.', 'ziad-haidar ACCUSATION → armed-opposition'],
    ['Ziad Haidar, the governor of Hama, said rebels had fired rockets at al-Suqaylabiyah on Monday, wounding three pupils.', 'ziad-haidar ACCUSATION → armed-opposition'],
    ["Syria's ambassador to the United Nations, Bassam Khoury, told the Security Council on Monday that militants in Idlib had fired rockets at Aleppo.", 'bassam-khoury ACCUSATION → armed-opposition'],
    ['The governor of Hatay province, Mehmet Aksoy, told Anadolu Agency that regime artillery had shelled a Turkish post near Saraqeb.', 'mehmet-aksoy ACCUSATION → syrian-army'],
  ])('speaks for that side: %s', (sentence, act) => {
    expect(acts(run(sentence))).toContain(act);
  });
});

describe('who acts, and who speaks, by a description', () => {
  it('a state acknowledging "carrying out" an attack confirms its own act', () => {
    expect(acts(run('Damascus acknowledged carrying out the air strike on Dana.'))).toEqual(['syria CONFIRMATION → syria']);
  });

  it('a neutral source naming "HTS fighters" as the ones who acted claims their act', () => {
    expect(acts(run('Hayat Tahrir al-Sham fighters shot down a government helicopter west of Saraqeb on Monday, the Syrian Observatory for Human Rights said.'))).toEqual(['sohr CLAIM → hts']);
  });

  it.each(['The rebel group', 'The faction'])('"%s said" after a named armed group is that group', (subject) => {
    const f = run('Jaish al-Izza, a rebel group active in northern Hama, said regime artillery had pounded its positions near Kafr Zita on Sunday.', `${subject} said its fighters had held their ground.`);
    expect(acts(f)).toEqual(['jaish-al-izza ACCUSATION → syrian-army', 'jaish-al-izza CLAIM → jaish-al-izza']);
  });

  it('"the charity" after a charity the alias table does not know is that charity', () => {
    expect(acts(run('Violet Organization said a clinic in Sarmada was hit on Monday.', 'No staff were hurt, the charity said.'))).toEqual(['violet-organization CLAIM', 'violet-organization CLAIM']);
  });
});

describe('a condemnation by a possessed body', () => {
  it.each([
    ['Turkey slammed Russia over the attack.', ['turkey CRITICISM → russia']],
    ["Britain's Foreign Office slammed Russia over its role in the bombing of civilian areas in Idlib.", ['uk-foreign-office CRITICISM → russia']],
    ["Britain's Foreign Office condemned Russia over its role in the bombing.", ['uk-foreign-office CRITICISM → russia']],
  ])('%s', (sentence, want) => {
    expect(acts(run(sentence))).toEqual(want);
  });
});

describe('a denial that calls the reports a smear, and a statement after a meeting', () => {
  it('"reports … were an attempt to discredit the Russian military" denies them', () => {
    expect(acts(run('The Russian Defence Ministry said reports of a strike on a bakery in Maarat al-Numan were "an attempt to discredit" the Russian military.'))).toEqual(['russian-mod DENIAL']);
  });

  it('"France\'s statement after the meeting called on Russia" is France\'s call', () => {
    expect(acts(run("France's statement after the meeting called on Russia to use its influence to halt the offensive."))).toEqual(['france CALL → russia']);
  });
});

describe('attackers named by their adjective on the attack noun', () => {
  it.each([
    ['Rebel shelling of the government-held city of Aleppo killed three civilians on Monday, Syrian state television reported.', 'syrian-state-tv CLAIM → armed-opposition'],
    ['Syrian state media said rebel rocket fire on al-Suqaylabiyah had killed two civilians on Monday.', 'syrian-state-media CLAIM → armed-opposition'],
  ])('%s', (sentence, act) => {
    expect(acts(run(sentence))).toEqual([act]);
  });
});

describe('party charges told by officials and after sentence adverbs (twelfth session)', () => {
  const LEAD12 = 'Government helicopters dropped barrel bombs on the town of Kafr Nabl on Monday.';
  const run12 = (...paragraphs: string[]) =>
    extractArticle(['Strike hits Idlib town', '', ...[LEAD12, ...paragraphs].flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
  const said12 = (f: ReturnType<typeof run12>): string[] => f.statements.map((s) => `${s.speakerId.replace(/^actor:/, '')} ${s.stance} ${s.targetIds.map((t) => t.replace(/^actor:/, '')).join('+') || '-'}`);

  it('"X, the centre\'s head," speaks for the centre named before: a party\'s charge', () => {
    const f = run12('The Russian reconciliation centre said militants had violated the truce.', "On Saturday, militants shelled the town of Mhardeh, killing two people, Rear Admiral Pyotr Zhukovets, the centre's head, told reporters.");
    expect(said12(f)).toContain('pyotr-zhukovets ACCUSATION armed-opposition');
  });

  it('a bare title speaks for the body the text named: "Spokesman Omar Hamadi", "Rear Admiral Pyotr Zhukovets"', () => {
    expect(said12(run12('The National Front for Liberation denied that its fighters fired on Mhardeh.', 'Spokesman Omar Hamadi said government forces had instead shelled the village of Hass on Monday.'))).toContain('omar-hamadi ACCUSATION syrian-army');
    expect(said12(run12('The Russian reconciliation centre said militants had violated the truce.', 'Rear Admiral Pyotr Zhukovets told Interfax that militants had shelled the town of Mhardeh.'))).toContain('pyotr-zhukovets ACCUSATION armed-opposition');
    // (a title with its body is no bare title: "Foreign Ministry spokesperson Selim Karaca")
    expect(said12(run12('Russia denied the charge.', 'Foreign Ministry spokesperson Selim Karaca condemned the strike on Monday.'))).toContain('selim-karaca CRITICISM -');
  });

  it('"Separately, the army said militants fired …" reports what follows the verb', () => {
    expect(said12(run12('Separately, the army said militants fired mortar rounds into the city of Hama on Monday, killing one person.'))).toEqual(['syrian-army ACCUSATION armed-opposition']);
  });

  it('"X was behind the attack" names X as the one who acted: a party\'s charge, a monitor\'s claim', () => {
    expect(said12(run12("Russia's defence ministry said Hayat Tahrir al-Sham was behind the attack."))).toEqual(['russian-mod ACCUSATION hts']);
    expect(said12(run12('The Syrian Observatory said Russian warplanes were behind the strike.'))).toEqual(['sohr CLAIM russian-military']);
  });
});
