/**
 * Incidents told in pieces: a lead's air strike whose site a later sentence gives with a weaker word ("came under
 * fire near the village of X"), a day opened with its time of day ("On Thursday evening, …"), bombs that "began to
 * fall", and warplanes that were hit (a downing, OTHER, not an air strike).
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { article, incidentKeys as incidents } from './helpers';

// 2020-02-28 was a Friday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2020-02-28' });

describe("a lead's air strike placed later by a weaker word", () => {
  it('"killed in an air strike in Idlib province" + "had come under fire near the village of X" is one air strike at X', () => {
    const f = run(
      'At least 20 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province late on Thursday, a Turkish governor said.',
      'He said the soldiers had come under fire near the village of Balyun, south of Idlib city.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-27 balyun']);
  });

  it('a post that came under fire with no air strike before it is still shelling', () => {
    const f = run('A Turkish observation post came under fire near the village of Balyun on Thursday, the ministry said.');
    expect(incidents(f)).toEqual(['SHELLING 2020-02-27 balyun']);
  });
});

describe('a day opened with its time of day', () => {
  it('"On Thursday evening, a column was caught near X, in the hills of Y, when the bombs fell" is dated Thursday', () => {
    const f = run('On Thursday evening, a column of soldiers was caught on an open road near Balyun, in the hills of Jabal al-Zawiya, when the bombs fell.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-27 balyun']);
  });

  it('"when the bombs began to fall" is an attack', () => {
    const f = run('On Thursday, a column of soldiers was caught on an open road near Balyun when the bombs began to fall.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-27 balyun']);
  });
});

describe('warplanes that were hit', () => {
  it('"two Syrian warplanes had been hit by Turkish fire near X" is a downing (OTHER)', () => {
    const f = run('Two Syrian Su-24 warplanes had been hit by Turkish fire near Maarat al-Numan on Friday, a military source said.');
    expect(incidents(f)).toEqual(['OTHER 2020-02-28 maarat-al-numan']);
  });

  it('"warplanes hit the town of X" is still an air strike', () => {
    const f = run('Syrian warplanes hit the town of Maarat al-Numan on Friday, killing four people.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-28 maarat-al-numan']);
  });
});

describe('a distance is no origin', () => {
  it('"barrel bombs landed about 50 metres from the health centre in X" is an attack at X', () => {
    const f = run('Barrel bombs dropped by a helicopter landed about 50 metres from the health centre in Kafr Sijnah on Thursday, wounding a driver.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-27 kafr-sijnah']);
  });

  it('"rockets fired from positions in X at Y" still hit Y', () => {
    const f = run('Rebels fired rockets from positions in Kafr Sijnah at Mhardeh on Thursday, killing two.');
    expect(incidents(f)).toEqual(['SHELLING 2020-02-27 mhardeh']);
  });
});

describe('an earlier attack on the town told of', () => {
  const market = 'A missile struck the covered market in Kafr Nabl on Sunday morning, killing 16 people, the White Helmets said.';

  it('"It was the second time in four days that the town had been hit. On Thursday, an air strike near a bakery killed two men" is a second incident there', () => {
    const f = run(market, 'It was the second time in four days that the town had been hit. On Thursday, an air strike near a bakery killed two men, according to the local council.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-23 kafranbel', 'AIRSTRIKE 2020-02-27 kafranbel']);
  });

  it('an undated attack with no place after it is no incident of its own', () => {
    const f = run(market, 'It was the second time that the town had been hit. Earlier, an air strike near a bakery killed two men, according to the local council.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-23 kafranbel']);
  });

  it('with no sentence saying the town was hit before, a dated attack with no place is none', () => {
    const f = run(market, 'Residents are afraid. On Thursday, an air strike near a bakery killed two men, according to the local council.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-23 kafranbel']);
  });
});

describe('"on the evening of the massacre"', () => {
  it('is the day of the attack told before, however far back', () => {
    const f = run(
      'Russian warplanes struck the market in Kafr Nabl on Sunday, killing 20 people.',
      'The local council said the toll had risen to 20. Rescuers recovered 18 bodies. A doctor said the wounded filled the corridors.',
      'Russia called the reports lies. Turkey condemned the massacre.',
      'The front\'s spokesman said its artillery had shelled army positions in Kafr Nabuda on the evening of the massacre, killing seven soldiers.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-23 kafranbel', 'SHELLING 2020-02-23 kafr-nabuda']);
  });
});

describe('the day of a relative clause that ends the sentence', () => {
  it('"On 26 February, a helicopter dropped barrel bombs near a school in X, which had suspended classes the previous day." is the 26th', () => {
    const f = run('On 26 February 2020, a helicopter dropped two barrel bombs near a school in Ihsim, which had suspended classes the previous day. No one was hurt.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-26 ihsim']);
  });

  it('"…, which was hit on Monday." after an undated attack word still dates it', () => {
    const f = run('Rescuers searched the rubble of the school in Ihsim, which was hit by an air strike on Wednesday.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-26 ihsim']);
  });
});

describe('"less than an hour later"', () => {
  it('is the day of the attack told before, however far back', () => {
    const f = run(
      'Russian warplanes bombed a school in Maarat Misrin on Tuesday morning, killing seven people.',
      'A team leader said the first missile struck the schoolyard. The children were outside, he said. We found their bags in the street, he said.',
      'The ministry of education suspended classes. Teachers were told to stay at home. Parents gathered at the gate.',
      'Less than an hour later, rockets fired by regime forces slammed into a residential street in Idlib city, killing four civilians.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-25 maarat-misrin', 'SHELLING 2020-02-25 idlib-city']);
  });
});
