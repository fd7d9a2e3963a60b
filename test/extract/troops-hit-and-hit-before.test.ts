/**
 * Incidents told through the troops or town that was hit: troops shelled where they were deployed (their
 * place is the site, not the attackers'), a retaliation with "heavy weapons" (ground fire on its own
 * site), and a town "last hit on" an earlier date, with an aside before the "when" that tells the attack.
 * A place named only to locate the site ("a town of some 30,000 people east of X", "the town, north of X") is
 * no site, nor is where the shooters stood, nor an attack asked about. Invented sentences; none is taken from
 * an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { article, incidentKeys as incidents } from './helpers';

// 2019-06-19 was a Wednesday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2019-06-19' });

describe('troops hit where they were deployed', () => {
  it('"shelled Turkish troops deployed near X": X is the site', () => {
    const f = run('Two Turkish soldiers were killed on Tuesday when regime forces shelled Turkish troops deployed near Saraqeb, the Turkish defence ministry said.');
    expect(incidents(f)).toEqual(['SHELLING 2019-06-18 saraqeb']);
  });

  it('"regime forces deployed near X fired on Y": X is still the attackers\' place', () => {
    const f = run('Regime forces deployed near Saraqeb fired rockets at the town of Sarmin on Tuesday, killing two people, rescuers from the Syria Civil Defence said.');
    expect(incidents(f)).toEqual(['SHELLING 2019-06-18 sarmin']);
  });
});

describe('a retaliation with no weapon named', () => {
  it('"retaliated with heavy weapons against regime positions around X" is ground fire on X, its own incident', () => {
    const f = run(
      'Three Turkish soldiers were wounded on Tuesday when regime forces fired mortar shells at a Turkish observation post in Morek, the Turkish defence ministry said.',
      'The ministry said Turkish troops had immediately retaliated with heavy weapons against regime positions around Kafr Zita.',
    );
    expect(incidents(f)).toEqual(['SHELLING 2019-06-18 kafr-zita', 'SHELLING 2019-06-18 morek']);
  });
});

describe('a town hit before', () => {
  it('"X was last hit on 11 June, hours before the truce, when an air strike …" is a second attack on X on that day', () => {
    const f = run(
      'Warplanes pounded the town of Saraqeb late on Monday, killing six people, rescuers said.',
      'Saraqeb was last hit on 11 June, hours before the truce took effect, when an air strike on a vegetable market killed at least 10 people, according to the Syrian Observatory for Human Rights.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-06-11 saraqeb', 'AIRSTRIKE 2019-06-17 saraqeb']);
  });
});

describe('a place that only locates the site', () => {
  it('"in Sarmin, a town of some 30,000 people east of Idlib city": Idlib city only locates Sarmin', () => {
    const f = run('Fourteen civilians were killed on Tuesday when a warplane bombed the only working bakery in Sarmin, a town of some 30,000 people east of Idlib city, the Syrian Network for Human Rights said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-06-18 sarmin']);
  });

  it('"the raid on the town, north of Idlib city": Idlib city only locates the town told before', () => {
    const f = run('Russian jets struck the market in Maarat Misrin on Tuesday, rescuers said.', 'As many as 13 people were killed in the raid on the town, north of Idlib city, the Syrian Observatory for Human Rights said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-06-18 maarat-misrin']);
  });
});

describe('places that are no site of the attack told', () => {
  it('"fired by forces positioned to the east of the village, around X": X is where the shooters stood', () => {
    const f = run('Shells hit a camp near the village of Heish on Tuesday, killing three people, the Syrian Network for Human Rights said.', 'The network said the shells were fired by government forces positioned to the east of the village, around Khan Sheikhoun.');
    expect(incidents(f)).toEqual(['SHELLING 2019-06-18 heish']);
  });

  it('"Asked whether troops had returned fire near X, she declined to comment" tells no attack', () => {
    const f = run('Asked whether Turkish troops had returned fire on government positions near Maarat al-Numan over the weekend, the spokeswoman declined to comment.');
    expect(incidents(f)).toEqual([]);
  });
});
