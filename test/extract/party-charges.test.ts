/**
 * A party's charge against its adversary when the wording carries no blame verb: officials introduced
 * before their names ("A spokeswoman, X,", "Ministry spokesman X"), attackers named by where they fired
 * from, misconduct that is not an attack (regrouping during a truce, wrecking a pause, using a hospital
 * as a base), and an ally that moved without telling. Invented sentences; none is taken from an article
 * or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Shells hit a post in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2019-03-14' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const acts = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.targetIds.length ? ' → ' + s.targetIds.map(slug).join('+') : ''}`);

describe('an official introduced before the name speaks for the body named before', () => {
  it('"A spokeswoman, X," after a ministry: her charge is a party\'s', () => {
    const f = run('The Russian Foreign Ministry said it was studying the report. A spokeswoman, Irina Volkova, told reporters that militants had fired the shells.');
    expect(acts(f)).toContain('irina-volkova ACCUSATION → armed-opposition');
  });

  it('"Ministry spokesman X" after that ministry: his charge is a party\'s', () => {
    const f = run(
      'Two soldiers were wounded near Saraqeb on Wednesday, the Turkish Defence Ministry said.',
      'Ministry spokesman Kemal Ozturk told reporters that the regime had carried out the attack on purpose.',
    );
    expect(acts(f)).toContain('kemal-ozturk ACCUSATION → syria');
  });

  it('"Ministry spokesman X" with no ministry named before stays unplaced', () => {
    const f = run('Ministry spokesman Kemal Ozturk told reporters that the road to Saraqeb had been reopened.');
    expect(acts(f)).toContain('kemal-ozturk CLAIM');
  });
});

describe('an attacker named by where it fired from', () => {
  it('"from positions held by X" names the attacker', () => {
    const f = run('Russia\'s defence ministry said the attack had been carried out with rocket launchers from positions held by Hayat Tahrir al-Sham.');
    expect(acts(f)).toContain('russian-mod ACCUSATION → hts');
  });

  it('"an offensive initiated by X" names who began it', () => {
    const f = run('The Russian defence ministry said the offensive on Morek had been initiated by Hayat Tahrir al-Sham.');
    expect(acts(f)).toContain('russian-mod ACCUSATION → hts');
  });
});

describe('an adversary\'s misconduct that is not an attack', () => {
  it.each([
    ['Russia\'s Foreign Ministry said militants were using the lull to regroup and rearm.', 'russian-foreign-ministry ACCUSATION → armed-opposition'],
    ['The Syrian army said the ceasefire in the south had been wrecked by the militants.', 'syrian-army ACCUSATION → armed-opposition'],
    ['Russia\'s defence ministry said the terrorists used the hospital as a command post.', 'russian-mod ACCUSATION → armed-opposition'],
    ['Russia\'s defence ministry said the Turkish side did not inform it in advance.', 'russian-mod ACCUSATION → turkey'],
  ])('%s', (sentence, act) => {
    expect(acts(run(sentence))).toContain(act);
  });

  it('a neutral body\'s account of a group regrouping stays a claim', () => {
    expect(acts(run('The Syrian Observatory for Human Rights said militants were using the lull to regroup.'))).not.toContain('sohr ACCUSATION → armed-opposition');
  });
});

describe('an adversary named by the fire it opened', () => {
  it.each([
    ["Turkey's defence ministry said Turkish observation posts around Saraqeb had come under regime fire on Thursday.", 'turkish-mod ACCUSATION → syrian-army'],
    ['A Syrian military source said troops had only responded to fire from "terrorist groups" positioned near the post.', 'syrian-army ACCUSATION → armed-opposition'],
    ["Russia's defence ministry said the attack on Mhardeh was carried out by fighters of Hayat Tahrir al-Sham.", 'russian-mod ACCUSATION → hts'],
    ["Russia's defence ministry said Turkey had failed to notify it of troop movements near Saraqeb.", 'russian-mod ACCUSATION → turkey'],
    ['The Syrian Foreign Ministry said Ankara bore "full responsibility" for the shelling of Kafr Nubl.', 'syrian-foreign-ministry ACCUSATION → turkey'],
  ])('%s', (sentence, act) => {
    expect(acts(run(sentence))).toContain(act);
  });

  it('a monitor naming the fire\'s origin is reporting, not charging', () => {
    expect(acts(run('The Syrian Observatory for Human Rights said the post had come under regime fire on Thursday.'))).not.toContain('sohr ACCUSATION → syrian-army');
  });
});

describe('a party telling its own operations', () => {
  it.each([
    ['The National Front for Liberation said its fighters had shelled regime positions near Kafr Nubl, destroying an ammunition depot.', 'nlf CLAIM → nlf'],
    ["Russia's defence ministry said its aircraft had struck a warehouse in Sarmin where Hayat Tahrir al-Sham stored drones.", 'russian-mod CLAIM → russian-military'],
  ])('claims the act for itself, whatever the adversary named: %s', (sentence, act) => {
    const got = acts(run(sentence));
    expect(got).toContain(act);
    expect(got.filter((x) => / ACCUSATION/.test(x))).toEqual([]);
  });
});

describe('a claim chained to a charge', () => {
  it('"blamed X for the attack, saying cluster munitions had been used" is a charge and a claim', () => {
    const got = acts(run('The Syrian Network for Human Rights blamed government forces for the attack on Kafr Nubl, saying cluster munitions had been used.'));
    expect(got).toEqual(expect.arrayContaining(['snhr ACCUSATION → syrian-army', 'snhr CLAIM']));
  });

  it('"…, adding that no one was hurt" after a charge stays part of it', () => {
    const got = acts(run("Regime forces fired mortar rounds at a Turkish post near Kafr Nubl on Wednesday, Turkey's defence ministry said, adding that no one was hurt."));
    expect(got).toEqual(['turkish-mod ACCUSATION → syrian-army']);
  });
});
