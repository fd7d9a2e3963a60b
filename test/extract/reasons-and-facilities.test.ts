/**
 * Attacks a sentence names without telling them: attacks given as the reason for another ("in response to
 * drone attacks on Hmeimim"), and drones named only as what a target holds ("drone launch sites", "a drone
 * workshop"), and an air force named as the one that struck. Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { article, incidentKeys as incidents } from './helpers';

const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2021-05-10' });

describe('attacks given as a reason', () => {
  it('"in response to drone attacks on X": X is not where this attack hit', () => {
    const f = run('Russian jets struck a market in Ariha on Sunday, killing five people, the Syria Civil Defence said.', "Russia's defence ministry said its aircraft had hit militant targets in Idlib province on Sunday in response to drone attacks on Hmeimim air base.");
    expect(incidents(f)).toEqual(['AIRSTRIKE 2021-05-09 ariha']);
  });

  it('"a response to drone attacks on government-held areas of X" is no attack on X', () => {
    const f = run("Russia's defence ministry said its aircraft had destroyed a weapons depot in Ariha on Sunday, and that the raids were a response to drone attacks on government-held areas of Latakia.");
    expect(incidents(f)).toEqual(['AIRSTRIKE 2021-05-09 ariha']);
  });

  it('an attack on the place the reason names, told as an attack, still counts', () => {
    const f = run('Militants fired rockets at Hmeimim air base on Saturday, the Russian defence ministry said.', "Russia's defence ministry said its aircraft had hit militant targets in Idlib province on Sunday in response to the attack.");
    expect(incidents(f)).toContain('SHELLING 2021-05-08 hmeimim');
  });
});

describe('drones named as what a target holds', () => {
  it('"targeted drone launch sites around X" after X was shelled is no second, aerial attack', () => {
    const f = run('Yesterday, government forces shelled the town of Sarmin with rockets, the Syria Civil Defence said.', 'Syrian state media said on Monday that the army had targeted "drone launch sites" of Hayat Tahrir al-Sham around Sarmin.');
    expect(incidents(f)).toEqual(['SHELLING 2021-05-09 sarmin']);
  });

  it('"the Aerospace Forces struck drone workshops near X": an air force that struck is an air strike', () => {
    const f = run('Russian Aerospace Forces struck drone-assembly workshops near Sarmin on Sunday, the Russian defence ministry said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2021-05-09 sarmin']);
  });

  it('an air force named in a denial or a charge is no attack', () => {
    const f = run('The Syrian defence ministry said the air force had not carried out any sorties over the Sarmin area on Sunday.', 'The local council held the Russian air force responsible for the deaths in Sarmin.');
    expect(incidents(f)).toEqual([]);
  });

  it('a drone that struck is still an air strike', () => {
    const f = run('A drone struck a car on the road outside Sarmin on Sunday, killing two men, rescuers from the Syria Civil Defence said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2021-05-09 sarmin']);
  });
});
