/**
 * Denials told with a neutral verb: "said that no Russian or Syrian aircraft flew over the area", "no Russian
 * aircraft had been involved", "categorically rejects any suggestion that …"; and a named body whose apposition
 * holds a generic name ("…, the main Turkish-backed rebel alliance, said").
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { Stance } from '../../src/domain/model';
import { article, by } from './helpers';

const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2023-06-27' });
const stances = (f: ReturnType<typeof run>, speaker: string) => by(f, speaker).map((s) => s.stance);

describe('denials with a neutral verb', () => {
  it('"said that no Russian or Syrian aircraft flew over the X area" is a denial', () => {
    const f = run('The Russian Defence Ministry said that no Russian or Syrian aircraft flew over the Binnish area on Monday, when a school was hit.');
    expect(stances(f, 'russian-mod')).toContain(Stance.DENIAL);
    expect(stances(f, 'russian-mod')).not.toContain(Stance.CLAIM);
  });

  it('"… and that no Russian aircraft had been involved" is a denial', () => {
    const f = run('The Russian Defence Ministry told Interfax that no Russian aircraft had been involved in the strike on Binnish.');
    expect(stances(f, 'russian-mod')).toEqual([Stance.DENIAL]);
  });

  it('"said Moscow \\"categorically rejects\\" any suggestion that …" is a denial', () => {
    const f = run('Russia\'s deputy ambassador to the UN said Moscow "categorically rejects" any suggestion that Russian forces were involved.');
    expect(stances(f, 'russia')).toEqual([Stance.DENIAL]);
  });

  it('"no Russian aircraft were needed" is not a denial of an act', () => {
    const f = run('The ministry said the army had retaken the hill and that no Russian troops were needed.');
    expect(stances(f, 'russian-mod')).not.toContain(Stance.DENIAL);
  });
});

describe('a named body with a definite apposition', () => {
  it('"The National Front for Liberation, the main Turkish-backed rebel alliance, said …" is the front speaking', () => {
    const f = run('The National Front for Liberation, the main Turkish-backed rebel alliance, said it would study the deal.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:nlf']);
  });

  it('"The Syrian Observatory for Human Rights, the UK-based monitor, said …" is the observatory speaking', () => {
    const f = run('The Syrian Observatory for Human Rights, the UK-based monitor, said nine people were killed in Ariha on Monday.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:sohr']);
  });
});

describe("a spokesman's \"its\"", () => {
  it('"Omar Hamadi, a spokesman for the National Front for Liberation, said its fighters had shelled …" claims the front\'s act', () => {
    const f = run('Omar Hamadi, a spokesman for the National Front for Liberation, said its fighters had shelled army positions near Saraqeb on Monday.');
    expect(by(f, 'omar-hamadi').map((s) => s.targetIds)).toEqual([['actor:nlf']]);
  });
});

describe("a state's ministry named by the state's possessive", () => {
  it('"The regime\'s defence ministry said …" is Syria\'s defence ministry', () => {
    const f = run('The regime\'s defence ministry said its forces had inflicted heavy losses on the attackers.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:syrian-mod']);
  });

  it('"Moscow\'s foreign ministry said …" is Russia\'s foreign ministry', () => {
    const f = run("Moscow's foreign ministry said the strikes had targeted terrorists.");
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:russian-foreign-ministry']);
  });
});

describe('a site a party describes as its adversary\'s', () => {
  it('"described the clinic as a \\"so-called medical point\\" used by terrorists" accuses the terrorists', () => {
    const f = run('The Syrian foreign ministry described the clinic as a "so-called medical point" used by terrorists.');
    expect(by(f, 'syrian-foreign-ministry').map((s) => [s.stance, s.targetIds])).toEqual([[Stance.ACCUSATION, ['actor:armed-opposition']]]);
  });

  it('a neutral source\'s "described the clinic as a facility run by volunteers" is a claim', () => {
    const f = run('The White Helmets described the clinic as a facility run by volunteers.');
    expect(by(f, 'syrian-civil-defence').map((s) => s.stance)).toEqual([Stance.CLAIM]);
  });
});
