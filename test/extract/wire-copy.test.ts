/**
 * Constructions common in wire copy that no earlier pass read. Tolls: a range ("between 12 and 15"), a
 * running count brought or revised to a number ("bringing the death toll to 21", "revised its count
 * upward to 19", "raised its toll on Wednesday to 18"), the wounded "treated for wounds", "injuries to
 * 21 others", people "lost" by a group, and victims named with "the" in a list ("the driver and a
 * paramedic"). Attribution: "said on Sunday it had revised …" (a time between the verb and
 * the pronoun), "according to the local civil defence", "three patients and two nurses died". Invented sentences (real place and organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import { Qualifier } from '../../src/domain/model';
import { article, by } from './helpers';

const fig = (clause: string) => {
  const f = extractFigures(clause);
  return [f.killed, f.injured, f.children, f.qualifier];
};

describe('figures', () => {
  it('codes a range as its lower bound, at least', () => {
    expect(fig('killing between 12 and 15 people, rescuers said')).toEqual([12, null, null, Qualifier.AT_LEAST]);
    expect(fig('between eight and ten civilians were killed')).toEqual([8, null, null, Qualifier.AT_LEAST]);
    // Not a toll: years, ages, distances.
    expect(fig('attacks between 2012 and 2015 killed many')).toEqual([null, null, null, null]);
    expect(fig('children aged between 5 and 12 were among those hurt')).toEqual([null, null, null, null]);
  });

  it('reads a running count brought, raised or revised to a number', () => {
    expect(fig('bringing the death toll to 21, according to the monitor')).toEqual([21, null, null, Qualifier.EXACT]);
    expect(fig('raising the toll to 12')).toEqual([12, null, null, Qualifier.EXACT]);
    expect(fig('it had revised its own count upward to 19 after checking names with families')).toEqual([19, null, null, Qualifier.EXACT]);
    expect(fig('raised its toll on Wednesday to 18')).toEqual([18, null, null, Qualifier.EXACT]);
    // A count of something else is no toll.
    expect(fig('bringing the number of displaced to 300,000')).toEqual([null, null, null, null]);
  });

  it('counts the wounded "treated for wounds" and "injuries to N others"', () => {
    expect(fig('17 people died, among them five children, and that 34 were treated for wounds')).toEqual([17, 34, 5, Qualifier.EXACT]);
    expect(fig('it had documented the deaths of six people and injuries to 21 others')).toEqual([6, 21, null, Qualifier.EXACT]);
  });

  it('counts people a group says it lost', () => {
    expect(fig('the group says it has lost more than 80 volunteers since 2013')).toEqual([80, null, null, Qualifier.MORE_THAN]);
    expect(fig('the family lost two sons in the raid')).toEqual([2, null, null, Qualifier.EXACT]);
    expect(fig('the market lost 40 stalls')).toEqual([null, null, null, null]);
  });

  it('counts victims named one by one with "the"', () => {
    expect(fig('an air strike hit an ambulance, killing the driver and a paramedic')).toEqual([2, null, null, Qualifier.EXACT]);
    // Plural groups named with "the" cannot be counted.
    expect(fig('killing the guards and a nurse')).toEqual([null, null, null, null]);
  });
});

describe('statements', () => {
  it('reads a body that raises its own toll as speaking, with the new figure', () => {
    const f = extractArticle(
      article([
        'An air strike hit a bakery in Sarmin on Tuesday, killing 15 people, rescuers said.',
        'The Syrian Observatory for Human Rights, which monitors the war through a network of sources, raised its toll on Wednesday to 18.',
      ]),
      { publishedAt: '2015-11-12' },
    );
    expect(by(f, 'sohr').map((s) => s.killed)).toEqual([18]);
  });

  it('reads a monitor that revised its count as speaking', () => {
    const f = extractArticle(
      article(['An air strike hit a bakery in Sarmin on Tuesday, killing 15 people.', 'The Syrian Network for Human Rights revised its count upward to 19 on Sunday.']),
      { publishedAt: '2015-11-17' },
    );
    expect(by(f, 'snhr').map((s) => s.killed)).toEqual([19]);
  });

  it('keeps a report whose pronoun follows a time ("said on Sunday it had …") inside the first speech act', () => {
    for (const when of ['on Sunday', 'Sunday', 'late on Sunday', 'yesterday']) {
      const f = extractArticle(
        article(['An air strike hit a bakery in Sarmin on Tuesday, killing 15 people.', `The Syrian Network for Human Rights said ${when} it had documented 19 deaths.`]),
        { publishedAt: '2015-11-17' },
      );
      expect(by(f, 'snhr').map((s) => s.killed)).toEqual([19]);
    }
  });

  it('reads what a speaker says it did with a stance verb as that stance ("said it had asked Moscow to halt …")', () => {
    for (const when of ['', ' on Sunday']) {
      const f = extractArticle(
        article(['An air strike hit a bakery in Sarmin on Tuesday, killing 15 people.', `Turkey's foreign ministry said${when} it had asked Moscow to halt the bombardment of Sarmin.`]),
        { publishedAt: '2015-11-17' },
      );
      expect(by(f, 'turkish-foreign-ministry').map((s) => [s.stance, s.targetIds])).toEqual([['CALL', ['actor:russia']]]);
    }
    const f = extractArticle(
      article(['An air strike hit a bakery in Sarmin on Tuesday, killing 15 people.', 'France\'s foreign ministry condemned what it called "an odious attack" and said it held the Syrian regime responsible.']),
      { publishedAt: '2015-11-17' },
    );
    expect(by(f, 'french-foreign-ministry').map((s) => s.stance).sort()).toEqual(['ACCUSATION', 'CRITICISM']);
  });

  it('reads "the local civil defence" as the civil defence', () => {
    const f = extractArticle(article(['An air strike hit a fuel convoy near Sarmin on Sunday, killing three drivers and wounding five, according to the local civil defence.']), { publishedAt: '2015-11-17' });
    expect(by(f, 'syrian-civil-defence').map((s) => [s.killed, s.injured])).toEqual([[3, 5]]);
  });
});

describe('lists of the dead', () => {
  it('counts victims listed before "died" or "are killed"', () => {
    expect(fig('three patients and two nurses died')).toEqual([5, null, null, Qualifier.EXACT]);
    expect(fig('four children and a teacher are killed, the White Helmets say')).toEqual([5, null, 4, Qualifier.EXACT]);
  });
});
