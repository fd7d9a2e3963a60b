/**
 * Bodies the alias table does not know, named as ordinary copy names them: capitalised words ending in a
 * body's head noun ("the Free Police", "the Fatah al-Mubin Operations Room", "the Saraqeb Coordination",
 * "Violet Organization"), speaking with the place or day between name and verb, after an aside, or as
 * the source of "according to"; and then named again by their head noun ("the police", "the operations
 * room", "the directorate"). Invented sentences (real place names, invented bodies); none is taken from an
 * article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strikes hit a town in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2021-09-07' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const speakers = (f: ArticleFacts): string[] => [...new Set(f.statements.map((s) => slug(s.speakerId)))].sort();

describe('a body the alias table does not know', () => {
  it.each([
    ['The Free Police in Binnish said one of its patrols was hit by a drone on Monday, killing an officer.', 'free-police'],
    ['The Binnish Media Office said on Monday that four people were killed in the strike.', 'binnish-media-office'],
    ['The Qalb Loze Relief Committee, which runs two bakeries in the area, said the strike destroyed its flour store.', 'qalb-loze-relief-committee'],
    ['Four people were killed, according to the Saraqeb Coordination.', 'saraqeb-coordination'],
    ['The Fatah al-Mubin Operations Room said its fighters had shelled army positions near Kafr Nabl.', 'fatah-al-mubin-operations-room'],
    ['Nour Relief Team said its volunteers had recovered six bodies.', 'nour-relief-team'],
  ])('speaks: %s', (sentence, id) => {
    const f = run('An air strike hit the town of Binnish on Monday.', sentence);
    expect(speakers(f)).toContain(id);
  });

  it.each([
    ['The Free Police in Binnish said two officers were wounded in the strike.', 'The police said a third officer was missing.', 'free-police'],
    ['The Hama Education Directorate said a school in Kafr Zita was hit on Monday.', 'The directorate said exams would be postponed.', 'hama-education-directorate'],
    ['The Fatah al-Mubin Operations Room said its fighters had shelled army positions near Kafr Nabl.', 'The operations room said two of its fighters were wounded.', 'fatah-al-mubin-operations-room'],
    ['The Saraqeb Coordination said four people were killed in the strike.', 'The coordination said the road to the town was cut.', 'saraqeb-coordination'],
  ])('is named again by its head noun: %s / %s', (first, second, id) => {
    const f = run('An air strike hit the town of Binnish on Monday.', first, second);
    expect(f.statements.filter((s) => slug(s.speakerId) === id)).toHaveLength(2);
  });

  it('leaves a town\'s council to the town\'s-council rule, and a capitalised place or known body alone', () => {
    expect(speakers(run('The Kafr Takharim Local Council said two people were killed in the strike on Monday.'))).toEqual(['kafr-takharim-local-council']);
    expect(speakers(run('The Idlib Health Directorate said two people were killed in the strike on Monday.'))).toEqual(['idlib-health-directorate']);
    expect(speakers(run('Rockets fell on the Idlib Governorate Building on Monday, the Observatory said.'))).toEqual(['sohr']);
  });

  it('is not a speaker where it is only mentioned', () => {
    const f = run('An air strike hit the headquarters of the Free Police in Binnish on Monday, the Syrian Observatory for Human Rights said.');
    expect(speakers(f)).toEqual(['sohr']);
  });
});

describe('a body named by more words than its head noun', () => {
  it('is the whole name ("Shifa Relief International", not "Shifa Relief")', () => {
    const f = run('Shifa Relief International, the charity that runs the clinic, said four people were killed.');
    expect(speakers(f)).toEqual(['shifa-relief-international']);
  });
});

describe('an unnamed official of a body speaks for the body', () => {
  it.each([
    ['The head of the Ariha civil defence centre told Al Markaz that 17 bodies were found.', 'syrian-civil-defence'],
    ["The civil defence's director said 17 bodies were found.", 'syrian-civil-defence'],
    ['The civil defence director in Ariha said 17 bodies were found.', 'syrian-civil-defence'],
    ['"We dug for six hours," said a 34-year-old team leader with the civil defence in Ariha, who asked that his name not be used.', 'syrian-civil-defence'],
    ['"The clinic is full," said a doctor at the Ariha Surgical Hospital.', 'ariha-surgical-hospital'],
  ])('%s', (sentence, id) => {
    expect(speakers(run('An air strike hit Ariha on Monday.', sentence))).toEqual([id]);
  });

  it.each([
    ['Strikes on Monday destroyed the bakery in Kafr Takharim, the Kafr Takharim Local Council said.', "The council's head explained that the bakery fed 15,000 people."],
    ['Strikes on Monday destroyed the bakery in Kafr Takharim, the Kafr Takharim Local Council said.', '"We have nowhere left to put the wounded," the council head told Meridian Wire.'],
    ['The Kafr Takharim Hospital was hit by two missiles on Monday morning, its administration said.', '"The emergency room is gone," the hospital\'s director told Northstar News.'],
  ])('named by the body just named: %s / %s', (first, second) => {
    const f = run(first, second);
    expect(f.statements).toHaveLength(2);
    expect(new Set(f.statements.map((s) => s.speakerId)).size).toBe(1);
  });
});

describe('a named official described by the body', () => {
  it('speaks himself ("Faisal Omran, the hospital\'s director, added")', () => {
    const f = run('The Kafr Takharim Hospital was hit by two missiles on Monday morning, its administration said.', 'Dr. Faisal Omran, the hospital\'s director, added that both operating theatres were destroyed.');
    expect(speakers(f)).toContain('faisal-omran');
  });
});

describe('a named official described by a known body', () => {
  it('speaks himself ("Pyotr Zhukovets, the centre\'s head, told")', () => {
    const f = run('Militants fired rockets at Aleppo on Tuesday, the Russian Centre for Reconciliation of the Opposing Sides in Syria said.', 'On Saturday, the militants shelled the town of Mhardeh, killing two people, Rear Admiral Pyotr Zhukovets, the centre\'s head, told reporters.');
    expect(speakers(f)).toContain('pyotr-zhukovets');
  });
});

describe('a role noun after a body the alias table knows less well', () => {
  it.each([
    ['Syria Relief urged Turkey to allow more aid trucks through the Bab al-Hawa crossing.', 'The charity said its warehouses in Sarmada were almost empty.', 'syria-relief'],
    ['The Violations Documentation Center, a monitoring group that works inside Syria, said it logged 47 air raids over the weekend.', 'The monitor said Russian aircraft carried out most of them.', 'vdc'],
  ])('%s / %s', (first, second, id) => {
    expect(speakers(run(first, second))).toEqual([id]);
  });

  it('"the monitor" is still the Observatory where the article named it', () => {
    expect(speakers(run('The Syrian Observatory for Human Rights said five people died.', 'The monitor said Russian aircraft carried out the raid.'))).toEqual(['sohr']);
  });
});

describe('"the statement read"', () => {
  it.each([
    '"We call on the international community to act immediately," the statement read.',
    'The statement read: "We call on the international community to act immediately."',
  ])('carries the issuer\'s call: %s', (second) => {
    const f = run('Three hospitals were hit, the Idlib Health Directorate said in a statement on Monday.', second);
    expect(f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}`)).toEqual(['idlib-health-directorate CLAIM', 'idlib-health-directorate CALL']);
  });

  it('is not a speech verb elsewhere ("He read the statement.")', () => {
    expect(run('He read the statement to reporters in Idlib.').statements).toEqual([]);
  });
});

describe('why a source is not named', () => {
  it('is an aside, not a call, and leaves the quote as what was said ("asking not to be named because …")', () => {
    const f = run('Barrel bombs hit Kafr Nabl on Monday, a civil defence official told Meridian Wire.', '"The house was flattened," the official said, asking not to be named because he was not authorised to speak to the media.');
    expect(f.statements.map((s) => `${slug(s.speakerId)} ${s.stance} ${s.text.slice(0, 10)}`)).toEqual(['syrian-civil-defence CLAIM Barrel bom', 'syrian-civil-defence CLAIM "The house']);
  });

  it('leaves a real request alone ("The UN asked Russia to halt the strikes")', () => {
    expect(run('The UN asked Russia to halt the strikes.').statements.map((s) => s.stance)).toEqual(['CALL']);
  });
});
