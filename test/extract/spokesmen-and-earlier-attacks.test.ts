/**
 * From the eighteenth session's reading of the development sets: a state's present-tense stance voiced by the spokesman
 * who closes the sentence ("Turkey condemns …, spokesman X said"); a colon after the verb opening the words; the
 * addressee of a modal call ("Russia, as a guarantor, must …"); a condemnation nested in what is reported ("said the
 * United States "condemns the attacks by …""); "their Russian ally"; attackers placed in an area before their verb
 * ("Militants in the de-escalation zone carried out …") or named by the positions fired from; provincial capitals named
 * in an article about another province ("the Homs attack"); and earlier attacks given as a reason or a starting point
 * ("in response to the attack on … in Homs", "since a drone attack on … in Homs"), which are no incidents of the article.
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { analyse } from '../../src/extract/document';
import { Stance } from '../../src/domain/model';
import { article, incidentKeys as incidents } from './helpers';

// 2019-05-16 was a Thursday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2019-05-16' });
const reads = (f: ReturnType<typeof run>) => f.statements.map((s) => [s.speakerId, s.stance, s.targetIds.join('+')]);

describe("a state's stance voiced by its spokesman", () => {
  it('"Turkey condemns the attack …, Turkish Foreign Ministry spokesman X said": the spokesman criticises', () => {
    const f = run('Turkey condemns the air strike on Kafr Nabl, Turkish Foreign Ministry spokesman Kemal Arslan said on Wednesday.');
    expect(reads(f)).toEqual([['actor:kemal-arslan', Stance.CRITICISM, '']]);
  });

  it('"… condemns … and holds the regime responsible, spokesman X said": two stances, both the spokesman’s', () => {
    const f = run('Turkey strongly condemns the air strike on Kafr Nabl and holds the Syrian regime responsible, Turkish Foreign Ministry spokesman Kemal Arslan said.');
    expect(reads(f)).toEqual([
      ['actor:kemal-arslan', Stance.CRITICISM, ''],
      ['actor:kemal-arslan', Stance.ACCUSATION, 'actor:syria'],
    ]);
  });

  it('a monitor closing the sentence relays another party’s stance: the party keeps it', () => {
    const f = run('Turkey condemns the air strike on Kafr Nabl, the Syrian Observatory for Human Rights said.');
    expect(f.statements.map((s) => s.speakerId)).toContain('actor:turkey');
  });
});

describe('calls', () => {
  it('"In the statement, X added: “Russia, as a guarantor of the ceasefire, must rein in the regime.”" calls on Russia', () => {
    const f = run('Turkey’s foreign ministry spokesman Kemal Arslan condemned the strike.', 'In the statement, Arslan added: “Russia, as a guarantor of the ceasefire, must rein in the regime.”');
    expect(reads(f)).toContainEqual(['actor:kemal-arslan', Stance.CALL, 'actor:russia']);
  });
});

describe('criticism and accusations named inside what is reported', () => {
  it('"said the United States "condemns the continued attacks by the Syrian regime and Russia"" criticises both', () => {
    const f = run('A State Department spokesman said the United States "condemns the continued attacks by the Syrian regime and Russia on the people of Idlib".');
    expect(reads(f)).toEqual([
      ['actor:us-state-department', Stance.CRITICISM, 'actor:syria'],
      ['actor:us-state-department', Stance.CRITICISM, 'actor:russia'],
    ]);
  });

  it('"blamed Syrian government forces and their Russian ally" accuses both', () => {
    const f = run('The Syria Civil Defence blamed Syrian government forces and their Russian ally for most of the attacks.');
    expect(reads(f)).toEqual([
      ['actor:syrian-civil-defence', Stance.ACCUSATION, 'actor:syrian-army'],
      ['actor:syrian-civil-defence', Stance.ACCUSATION, 'actor:russia'],
    ]);
  });

  it('"Militants in the Idlib de-escalation zone carried out 46 attacks …, the Russian centre said" accuses the militants', () => {
    const f = run('Militants in the Idlib de-escalation zone carried out 46 attacks on government-held areas over the past day, the Russian Centre for Reconciliation said.');
    expect(reads(f)).toEqual([['actor:russian-reconciliation-centre', Stance.ACCUSATION, 'actor:armed-opposition']]);
  });

  it('"attacks were recorded from positions of Hayat Tahrir al-Sham" names the group as the one firing', () => {
    const f = run('"Over the past day, 46 shelling attacks were recorded from positions of the Hayat Tahrir al-Sham terrorist group," the Russian Centre for Reconciliation said.');
    expect(reads(f)).toEqual([['actor:russian-reconciliation-centre', Stance.ACCUSATION, 'actor:hts']]);
  });
});

describe('provincial capitals and earlier attacks', () => {
  const strike = 'An air strike on a crowded neighbourhood of Jisr al-Shughur on Wednesday killed five people.';

  it('"the Homs attack" names Homs even when the article is about Idlib', () => {
    const doc = analyse(article([strike, 'Damascus blamed insurgents for the Homs attack.']), '2019-05-16', null, null);
    expect(doc.mentions.filter((m) => m.type === 'place').map((m) => m.slug)).toContain('homs');
  });

  it.each([
    'Damascus blamed insurgents for the Homs attack, in which dozens of cadets died.',
    'Army units shelled militant positions in the Idlib countryside in response to the attack on a military academy in Homs, a military source said.',
    'The air strike was the latest in a wave of attacks since a drone attack on a military academy in Homs last week.',
    'More than 70 civilians have been killed in north-west Syria since October 5, when a drone attack on a military academy in Homs triggered the escalation.',
  ])('"%s": no incident in Homs', (sentence) => {
    expect(incidents(run(strike, sentence)).filter((i) => i.includes('homs'))).toEqual([]);
  });

  it('an attack given as the reason is still an incident when the sentence gives its toll', () => {
    const f = run('Rebels shelled Qardaha on Wednesday. The shelling was in retaliation to heavy aerial bombing on the town of Jisr al-Shughur, which left two civilians dead, rebels said.');
    expect(incidents(f)).toContain('AIRSTRIKE 2019-05-15 jisr-al-shughur');
  });
});

describe('threats, vows, modal calls and a party’s own strikes', () => {
  it('"threatened to hit government-held areas … if the bombardment continues": a threat asking nothing of anyone is the group’s own act', () => {
    const f = run('Hayat Tahrir al-Sham has threatened to hit government-held areas "with everything we have" if the bombardment continues.');
    expect(reads(f)).toEqual([['actor:hts', Stance.CLAIM, 'actor:hts']]);
  });

  it('"threatened to drive Syrian forces back if they do not withdraw" is still a call', () => {
    expect(reads(run('Turkey threatened to drive Syrian forces back if they do not withdraw.'))).toEqual([['actor:turkey', Stance.CALL, 'actor:syrian-army']]);
  });

  it('"vowed that the "massacres" would not go unanswered" is the speaker’s own answer', () => {
    const f = run('The al-Fath al-Mubin operations room vowed that the "massacres" would not go unanswered.');
    expect(f.statements.map((s) => [s.stance, s.speakerId === s.targetIds[0]])).toEqual([[Stance.CLAIM, true]]);
  });

  it('"In Ankara, an official, speaking on condition of anonymity, said both sides must "stop the escalation"" is a call', () => {
    const f = run('In Ankara, a Turkish foreign ministry official, speaking on condition of anonymity, said both sides must "stop the escalation immediately".');
    expect(f.statements.map((s) => s.stance)).toEqual([Stance.CALL]);
  });

  it('"said it only strikes militants who violate the ceasefire" is a claim about its own strikes, not an accusation', () => {
    const f = run('The Russian military said it only strikes militants who violate the ceasefire.');
    expect(reads(f)).toEqual([['actor:russian-military', Stance.CLAIM, 'actor:russian-military']]);
  });
});

describe('speakers behind a document or a silence', () => {
  it('"A Russian Defence Ministry statement carried by Russian news agencies said …": the ministry speaks', () => {
    const f = run('A Russian Defence Ministry statement carried by Russian news agencies said its forces had struck militant positions in the Idlib de-escalation zone.');
    expect(reads(f)).toEqual([['actor:russian-mod', Stance.CLAIM, 'actor:russian-military']]);
  });

  it('"Regime media made no mention of Balyun, saying only that the army had targeted …": state media speaks', () => {
    const f = run('Regime media made no mention of Balyun, saying only that the army had targeted "terrorist gatherings" in southern Idlib.');
    expect(reads(f)).toEqual([['actor:syrian-state-media', Stance.CLAIM, 'actor:syrian-army']]);
  });
});

describe('stances not taken, and the one a relative clause accuses', () => {
  it('"…, without blaming either side": no accusation', () => {
    const f = run('Turkey\'s defence ministry said on Wednesday that it was in contact with Russian officials "to stop the attacks and restore calm", without blaming either side.');
    expect(f.statements.map((s) => s.stance)).toEqual([Stance.CLAIM]);
  });

  it('"…, without naming the unit" after a blame keeps the accusation', () => {
    const f = run("Turkey's defence ministry blamed the Syrian regime for the attack on Sarmin, without naming the unit.");
    expect(reads(f)).toEqual([['actor:turkish-mod', Stance.ACCUSATION, 'actor:syria']]);
  });

  it('"“terrorists”, who it says were behind the attack": the antecedent is accused', () => {
    const f = run('Moscow has said its strikes target only "terrorists", who it says were behind the attack on the Hmeimim base.');
    expect(reads(f)).toContainEqual(['actor:russia', Stance.ACCUSATION, 'actor:armed-opposition']);
  });
});
