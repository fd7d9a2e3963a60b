/**
 * Days and places that belong to something other than the attack: the day of another act told in a relative
 * clause on the speaker, and a town troops entered while the attack hit elsewhere.
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { article, incidentKeys as incidents } from './helpers';

// 2023-06-27 was a Tuesday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2023-06-27' });

describe('the day of another act, in a relative clause on the speaker', () => {
  it('"X, which summoned the envoy on Monday over …, said the raids on Y were …" names the raids told before', () => {
    const f = run(
      'Russian jets struck the town of Saraqeb on Sunday, killing nine people, the civil defence said.',
      'The French foreign ministry, which summoned the Russian envoy on Monday over the bombing campaign, said the raids on Saraqeb were "a disgrace".',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 saraqeb']);
  });

  it('a relative clause that tells a toll keeps its day ("the monitor, which had reported nine deaths on Monday, …")', () => {
    const f = run('The Syrian Observatory for Human Rights, which had reported nine deaths in an air strike on Sarmin on Monday, raised its count to 12.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-26 sarmin']);
  });
});

describe('a town troops entered', () => {
  it('"…, as government forces entered the town of X" is not where the attack hit', () => {
    const f = run(
      'Turkey protested on Tuesday after an air strike hit a Turkish supply convoy in Idlib province, as government forces entered the town of Saraqeb.',
      'The strike on Sunday hit the convoy near Maarat al-Numan, killing two soldiers, the Turkish defence ministry said.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 maarat-al-numan']);
  });

  it('a town struck is still the site ("Jets struck Saraqeb, killing four")', () => {
    const f = run('Jets struck Saraqeb on Sunday, killing four people, as government forces entered the village of Nayrab.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 saraqeb']);
  });
});

describe('a count of attacks', () => {
  it('"had recorded at least 40 air strikes on the X area this month" is a tally, no incident', () => {
    const f = run('The monitor said it had recorded at least 40 Russian air strikes on the Jisr al-Shughur area this month.');
    expect(incidents(f)).toEqual([]);
  });

  it('an attack on a day is still one ("Jets struck Jisr al-Shughur on Monday, killing three")', () => {
    const f = run('Jets struck Jisr al-Shughur on Monday, killing three people, the monitor said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-26 jisr-al-shughur']);
  });
});

describe('a site placed only by its bearing from a town', () => {
  const first = 'An air strike hit a water station near the village of Binnish on Sunday, wounding a guard, rescuers said.';

  it('on the day of the one attack of that kind told, it is that attack in another party\'s words', () => {
    const f = run(first, 'Russia\'s defence ministry said its aircraft had struck a "terrorist" arms depot west of Idlib city on Sunday.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 binnish']);
  });

  it('"also" makes it another attack', () => {
    const f = run(first, 'Jets also struck a farm west of Idlib city on Sunday, killing two.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 binnish', 'AIRSTRIKE 2023-06-25 idlib-city']);
  });

  it('on another day it is another attack', () => {
    const f = run(first, 'Jets struck a farm west of Idlib city on Saturday, killing two.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-24 idlib-city', 'AIRSTRIKE 2023-06-25 binnish']);
  });
});

describe('attacks foreseen, threatened or given as a reason', () => {
  it('"fear the town will be bombed next" tells no attack', () => {
    const f = run('Residents of Binnish say they fear the town will be bombed next as government troops advance.');
    expect(incidents(f)).toEqual([]);
  });

  it('"threatened to strike government positions near X" tells no attack', () => {
    const f = run('Turkey threatened on Monday to strike government positions near Saraqeb.');
    expect(incidents(f)).toEqual([]);
  });

  it('"said it was responding to drone attacks launched at its Hmeimim air base" tells no attack', () => {
    const f = run('Russia said it was responding to drone attacks launched at its Hmeimim air base from Idlib.');
    expect(incidents(f)).toEqual([]);
  });

  it('"In May strikes hit X" is not "may strike"', () => {
    const f = run('In May strikes hit Ariha, killing four people, the civil defence said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE undated ariha']);
  });
});

describe("a city's district named by the possessive", () => {
  it('"shelled Aleppo\'s al-Hamdaniyah district" places the attack in the district', () => {
    const f = run("Militants shelled Aleppo's al-Hamdaniyah district on Monday, killing a woman, the ministry said.");
    expect(incidents(f)).toEqual(['SHELLING 2023-06-26 al-hamdaniyah']);
  });

  it('"Aleppo\'s governor" leaves the city the site of "rockets hit Aleppo"', () => {
    const f = run("Rockets hit Aleppo on Monday, killing two people, Aleppo's governor said.");
    expect(incidents(f)).toEqual(['SHELLING 2023-06-26 aleppo-city']);
  });
});

describe('where the people a site serves live', () => {
  it('"put a water station that serves 200,000 people in Idlib city out of service" does not place the strike in the city', () => {
    const f = run(
      'Russian air strikes put a water station that serves more than 200,000 people in Idlib city out of service on Sunday, a war monitor said.',
      'The station, near the village of Binnish, was hit by four missiles, the Syrian Observatory for Human Rights said.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 binnish']);
  });

  it('"a hospital that serves 50,000 people was hit in Binnish" keeps the town', () => {
    const f = run('A hospital that serves 50,000 people was hit in an air strike in Binnish on Sunday, killing two, rescuers said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 binnish']);
  });
});

describe('drones launched at a base', () => {
  it('"militants had launched drones at the Hmeimim air base on Saturday" is an improvised drone attack (OTHER)', () => {
    const f = run('The Russian defence ministry said militants had launched drones at the Hmeimim air base on Saturday.');
    expect(incidents(f)).toEqual(['OTHER 2023-06-24 hmeimim']);
  });

  it('a state\'s drones that struck are an air strike', () => {
    const f = run('Turkish drones struck a government convoy near Saraqeb on Sunday, killing five soldiers.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 saraqeb']);
  });

  it('"positions used to launch drones at the Hmeimim base" does not place the strike at the base', () => {
    const f = run('Russia\'s military said its jets had struck "militant positions" near Binnish on Friday that were used to launch drones at the Hmeimim base.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-23 binnish']);
  });
});

describe('the day a town was hit, told before the attack', () => {
  it('"X was hit from the air on 16 June, when a strike on a bakery killed four" is dated 16 June', () => {
    const f = run('Saraqeb itself was hit from the air on 16 June, when a strike on a bakery killed four people, the network said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-16 saraqeb']);
  });
});

describe('campaigns and the day that opens a sentence', () => {
  it('"has carried out hundreds of strikes …, has kept up its raids around Damascus" is no incident', () => {
    const f = run('Israel, which has carried out hundreds of strikes in Syria since last year, has kept up its raids around Damascus.');
    expect(incidents(f)).toEqual([]);
  });

  it('"Since … on 27 June, our monitors have recorded near-daily air strikes on X and Y" is no incident', () => {
    const f = run('Since the offensive began on 20 June, our monitors have recorded near-daily air strikes on Idlib city and Sarmada.');
    expect(incidents(f)).toEqual([]);
  });

  it('"Air strikes on X killed nine on Sunday, as warplanes kept up their bombing of the province" is still an attack', () => {
    const f = run('Air strikes on a market in Ariha killed nine civilians on Sunday, a monitor said, as warplanes kept up their bombing of Idlib province.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 ariha']);
  });

  it('"On 20 June, two days before the rebels launched their offensive, a drone killed …" is dated 20 June', () => {
    const f = run(
      'Russian jets struck Saraqeb on Monday, killing four people, rescuers said.',
      'On 20 June, two days before the rebels launched their offensive, a government drone killed three people on the outskirts of Idlib city, the civil defence said.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-20 idlib-city', 'AIRSTRIKE 2023-06-26 saraqeb']);
  });

  it('"On Monday, two days after the strike on X, …" still counts back from Monday', () => {
    const f = run('On Monday, two days after the strike on Binnish that killed five people, the UN called for an inquiry.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-24 binnish']);
  });
});

describe("a body's domain", () => {
  it('"the civilian administration that runs Idlib … said six were killed" continues the attack told before', () => {
    const f = run(
      'The first bomb fell as families queued outside the only working bakery in Saraqeb shortly after 7am on Monday.',
      'The Syrian Salvation Government, the civilian administration that runs Idlib city on behalf of Hayat Tahrir al-Sham, said six people were killed and blamed Russian warplanes for the attack.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-26 saraqeb']);
  });
});

describe('a tally of weapons launched', () => {
  it('"HTS fighters have launched dozens of armed drones at the Hmeimim air base since the spring" is no incident', () => {
    const f = run('The Russian defence ministry says HTS fighters have launched dozens of armed drones at the Hmeimim air base since the spring.');
    expect(incidents(f)).toEqual([]);
  });

  it('"militants fired dozens of rockets at X on Monday, wounding three" is one', () => {
    const f = run('Militants fired dozens of rockets at Mhardeh on Monday, wounding three people, state media said.');
    expect(incidents(f)).toEqual(['SHELLING 2023-06-26 mhardeh']);
  });
});

describe('the kind of a bomb that exploded and of drone launch points', () => {
  it('"a bomb exploded under a joint patrol near X" is a bombing (OTHER)', () => {
    const f = run('Three soldiers were wounded when a bomb exploded under a joint patrol near the village of Nayrab on Tuesday, the ministry said.');
    expect(incidents(f)).toEqual(['OTHER 2023-06-27 nayrab']);
  });

  it('"a bomb dropped by a helicopter exploded in X" is still an air strike', () => {
    const f = run('A bomb dropped by a helicopter exploded in a market in Ariha on Sunday, killing four people.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 ariha']);
  });

  it('"its artillery had targeted regime drone launch points in X" is shelling, not a drone strike', () => {
    const f = run('The operations room said its artillery had targeted "regime drone launch points" in the town of Saraqeb on Sunday evening, killing three soldiers.');
    expect(incidents(f)).toEqual(['SHELLING 2023-06-25 saraqeb']);
  });
});

describe('an attack partly intercepted', () => {
  it('"warplanes fired several missiles at a site near X, and air defences intercepted most of them" is an air strike', () => {
    const f = run('A military source said Israeli warplanes fired several missiles at a site in the vicinity of Damascus on Monday, and that air defences intercepted most of them.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-26 damascus']);
  });

  it('"air defences intercepted several drones over the Hmeimim air base" is still OTHER', () => {
    const f = run('Russian air defences intercepted several drones over the Hmeimim air base late on Saturday, the centre said.');
    expect(incidents(f)).toEqual(['OTHER 2023-06-24 hmeimim']);
  });
});
