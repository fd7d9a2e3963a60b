/**
 * An incident's kind, day and place where the wording misleads: a bomb strapped to a motorcycle (a bombing,
 * not an air strike), a drone attack the same sentence says was repelled (intercepted, OTHER), the day a
 * toll rose to a new figure (the toll's day, not the attack's), and an unknown village named "al-X".
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { article, incidentKeys as incidents } from './helpers';

// 2023-06-26 was a Monday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2023-06-26' });

describe('the kind of a bombing and of a repelled drone attack', () => {
  it('"a bomb strapped to a motorcycle went off in X" is a bombing (OTHER)', () => {
    const f = run('On Saturday, a bomb strapped to a motorcycle went off in a market in Sarmada, wounding 11 people, the Syria Civil Defence said.');
    expect(incidents(f)).toEqual(['OTHER 2023-06-24 sarmada']);
  });

  it('"militants used drones to attack X …, adding that the attack was repelled" is an intercepted attack (OTHER)', () => {
    const f = run("The militants had used drones to attack the Hmeimim air base on Sunday, Russia's defence ministry said, adding that the attack was repelled.");
    expect(incidents(f)).toEqual(['OTHER 2023-06-25 hmeimim']);
  });

  it('a drone strike that killed is still an air strike', () => {
    const f = run('A drone struck a car near Sarmada on Sunday, killing two men, the Syria Civil Defence said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 sarmada']);
  });
});

describe('the day a toll rose', () => {
  it('"the toll from an air strike on X rose to 13 on Monday" dates the toll; the attack keeps the day told for it', () => {
    const f = run('The death toll from a Russian air strike on a market in the town of Jisr al-Shughur rose to 13 on Monday, rescuers said.', 'The strike hit the crowded market on Sunday morning.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 jisr-al-shughur']);
  });

  it('"an air strike on X on Monday" is still dated Monday', () => {
    const f = run('An air strike on a market in the town of Jisr al-Shughur on Monday killed 13 people, rescuers said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-26 jisr-al-shughur']);
  });
});

describe('an unknown village whose name opens with a lower-case article', () => {
  it('"a post near al-Eis in the southern Aleppo countryside" introduces al-Eis', () => {
    const f = run("Mortar rounds struck a Turkish observation post near al-Eis in the southern Aleppo countryside on Sunday, wounding a soldier, Turkey's defence ministry said.");
    expect(incidents(f)).toEqual(['SHELLING 2023-06-25 al-eis']);
  });

  it('a facility named with the article ("al-Nour Hospital in Sarmin") is no village', () => {
    const f = run('Russian warplanes struck al-Nour Hospital in the town of Sarmin on Sunday, killing two nurses, the Syria Civil Defence said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2023-06-25 sarmin']);
  });
});
