/**
 * Round-ups whose paragraphs open with a place label ("KAFR SAJNA – Two women were killed …"): each
 * label is where its paragraph's attack happened, not a dateline (a dateline opens one paragraph, the
 * first). Invented sentences (real place and organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Raids hit towns in Idlib', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2019-08-11' });
const sites = (f: ArticleFacts): string[] => f.incidents.map((i) => `${i.kind}:${i.placeIds.map((p) => p.replace(/^place:/, '')).join('+')}`).sort();

describe('place labels opening paragraphs', () => {
  it('place each paragraph\'s attack at its label when several paragraphs have one', () => {
    const f = run(
      'Warplanes and artillery struck at least four towns and villages in southern Idlib and northern Hama on Saturday. Here is the toll, place by place.',
      'KAFR SAJNA – Two women were killed when helicopters dropped barrel bombs on the village on Saturday afternoon, the Syrian Network for Human Rights reported.',
      'KANSAFRA – An air strike on Saturday destroyed a poultry farm on the outskirts of the village, killing a shepherd, local rescuers said.',
      'AL-HABIT – Regime artillery pounded the town throughout Saturday. Three people were wounded, according to the Syrian Observatory for Human Rights.',
    );
    expect(sites(f)).toEqual(['AIRSTRIKE:kafr-sajna', 'AIRSTRIKE:kansafra', 'SHELLING:al-habit']);
  });

  it('still reads a single opening label as a dateline', () => {
    const f = run('IDLIB, Syria – An air strike hit a market in Sarmin on Saturday, killing five people, rescuers said.');
    expect(sites(f)).toEqual(['AIRSTRIKE:sarmin']);
  });
});

describe('attacks told as a report on an earlier strike', () => {
  const f = run(
    'A rights group has concluded that Russian aircraft carried out last month\'s deadly bombing of a market in the northwestern town of Saraqib.',
    'In an investigation published on Tuesday, the group said a jet dropped three bombs on the town\'s market shortly before 10:30am on July 22, killing 34 civilians.',
    'The report also attributes a barrel bomb attack on the village of Kafr Sajna five days earlier, which it said killed a man and his two daughters, to government helicopters.',
  );
  const dated = f.incidents.map((i) => `${i.placeIds[0]?.replace(/^place:/, '')}:${i.date}`).sort();

  it('reads a "deadly bombing" of a named town as an attack, dated by the day told, not the day the report came out', () => {
    expect(dated).toContain('saraqeb:2019-07-22');
  });

  it('dates "five days earlier" from the attack told before it', () => {
    expect(dated).toContain('kafr-sajna:2019-07-17');
  });
});

describe('bulletins', () => {
  it('read an attack counted "37 times over the previous 24 hours" as a tally, not one attack', () => {
    const f = run(
      'Air strikes on the village of Maarat Hurmah killed 12 civilians late on Saturday, a war monitor said.',
      'The Russian Centre for Reconciliation said on Saturday that militants had shelled government-held areas in northern Hama 37 times over the previous 24 hours, wounding three soldiers.',
    );
    expect(sites(f)).toEqual(['AIRSTRIKE:maarat-harma']);
  });
});

describe('attacks placed only at a province', () => {
  it('are no incident: a tally across the province names no site', () => {
    const f = run('The Syrian Observatory for Human Rights says at least 40 civilians have been killed in air strikes in Idlib province since the start of the month.');
    expect(f.incidents).toEqual([]);
  });

  it('still join the attack told with its town', () => {
    const f = run(
      'Russian air strikes on Syria\'s northwest province of Idlib killed nine civilians on Saturday, a war monitor said.',
      'The strikes hit a market in Jisr al-Shughur, the Syrian Observatory for Human Rights said.',
    );
    expect(sites(f)).toEqual(['AIRSTRIKE:jisr-al-shughur']);
    expect(f.statements.every((s) => s.incidentId === f.incidents[0]!.id)).toBe(true);
  });
});

describe('dates of the aftermath', () => {
  it('do not date the attack: burials and later speech acts have their own days', () => {
    const f = extractArticle(
      ['A week on, Syrian town buries more dead from bakery strike', '', 'Residents of the northern Syrian town of Sarmin buried three more victims on Monday of the air strike that hit a bread line on Nov. 10, according to the Syrian Observatory for Human Rights.', '', 'The reports were again dismissed by Russia\'s Defense Ministry, which insisted on Monday that Russian warplanes had not struck Sarmin.'].join('\n'),
      { publishedAt: '2015-11-17' },
    );
    expect(f.incidents.map((i) => `${i.placeIds[0]}:${i.date}`)).toEqual(['place:sarmin:2015-11-10']);
  });
});
