import type { ArticleFacts, IncidentFact } from '../../src/domain/facts';
import { IncidentKind, Stance } from '../../src/domain/model';
import {
  InMemoryIncidentIndex,
  type KnownIncident,
  chooseIncidentId,
  resolveIncidentMerges,
} from '../../src/resolve/incident-merge';
import { incidentFact, statementFact } from '../eval/helpers';

function incident(id: string, date: string | null, placeIds: string[], kind = IncidentKind.AIRSTRIKE): IncidentFact {
  return incidentFact(id, placeIds, kind, date);
}
const known = (id: string, date: string | null, placeIds: string[], kind = 'AIRSTRIKE'): KnownIncident => ({ id, kind, date, placeIds });

describe('chooseIncidentId', () => {
  it('keeps apart incidents at the same place on different dates', () => {
    const i = incident('incident:2019-08-26:maarat:airstrike', '2019-08-26', ['place:maarat']);
    expect(chooseIncidentId(i, [known('incident:2019-07-15:maarat:airstrike', '2019-07-15', ['place:maarat'])])).toBe(i.id);
  });

  it('joins a dated report to the same-day incident even when its place list starts elsewhere', () => {
    const i = incident('incident:2019-06-10:kafr-battikh:airstrike', '2019-06-10', ['place:kafr-battikh']);
    const k = known('incident:2019-06-10:khan-sheikhoun:airstrike', '2019-06-10', ['place:khan-sheikhoun', 'place:kafr-battikh']);
    expect(chooseIncidentId(i, [k])).toBe(k.id);
  });

  it('never joins a different kind of attack at the same place and date', () => {
    const i = incident('incident:2020-02-12:taftanaz:airstrike', '2020-02-12', ['place:taftanaz']);
    expect(chooseIncidentId(i, [known('incident:2020-02-12:taftanaz:shelling', '2020-02-12', ['place:taftanaz'], 'SHELLING')])).toBe(i.id);
  });

  it('joins an undated report only to the single incident known at that place', () => {
    const i = incident('incident:aaaa:jabala:airstrike', null, ['place:jabala']);
    const one = known('incident:2019-06-10:jabala:airstrike', '2019-06-10', ['place:jabala']);
    const two = known('incident:2019-05-01:jabala:airstrike', '2019-05-01', ['place:jabala']);
    expect(chooseIncidentId(i, [one])).toBe(one.id);
    expect(chooseIncidentId(i, [one, two])).toBe(i.id);
  });

  it('joins a dated report to a single undated incident there, but not to one dated otherwise', () => {
    const i = incident('incident:2019-06-10:jabala:airstrike', '2019-06-10', ['place:jabala']);
    const undated = known('incident:bbbb:jabala:airstrike', null, ['place:jabala']);
    expect(chooseIncidentId(i, [undated])).toBe(undated.id);
    expect(chooseIncidentId(i, [known('incident:2019-06-09:jabala:airstrike', '2019-06-09', ['place:jabala'])])).toBe(i.id);
  });

  it('keeps its own id when it is already known (re-seeding)', () => {
    const i = incident('incident:aaaa:jabala:airstrike', null, ['place:jabala']);
    expect(chooseIncidentId(i, [known(i.id, null, ['place:jabala']), known('incident:x:jabala:airstrike', null, ['place:jabala'])])).toBe(i.id);
  });
});

describe('resolveIncidentMerges', () => {
  const facts = (incidents: IncidentFact[]): ArticleFacts => ({
    article: { id: 'article:x', title: 't', outlet: null, url: null, publishedAt: null, language: 'en' },
    actors: [],
    places: [],
    incidents,
    mentions: [],
    statements: incidents.map((i, n) => statementFact('actor:sohr', Stance.CLAIM, { id: `statement:${n}`, incidentId: i.id })),
  });

  it('renames incidents and the statements about them; keeps ambiguous twins apart', async () => {
    const index = new InMemoryIncidentIndex();
    const first = facts([incident('incident:2019-06-10:jabala:airstrike', '2019-06-10', ['place:jabala'])]);
    index.add(first);
    const second = await resolveIncidentMerges(
      facts([incident('incident:cccc:jabala:airstrike', null, ['place:jabala']), incident('incident:dddd:jabala:airstrike', null, ['place:jabala'])]),
      index.lookup,
    );
    // Two undated strikes on one village in one article: which one is the known strike is a guess.
    expect(second.incidents.map((i) => i.id)).toEqual(['incident:cccc:jabala:airstrike', 'incident:dddd:jabala:airstrike']);
    const third = await resolveIncidentMerges(
      facts([incident('incident:eeee:jabala:airstrike', null, ['place:jabala']), incident('incident:ffff:other:airstrike', null, ['place:other'])]),
      index.lookup,
    );
    expect(third.incidents.map((i) => i.id)).toEqual(['incident:2019-06-10:jabala:airstrike', 'incident:ffff:other:airstrike']);
    expect(third.statements.map((s) => s.incidentId)).toEqual(['incident:2019-06-10:jabala:airstrike', 'incident:ffff:other:airstrike']);
  });

  it('remembers a date once known, as the store does', () => {
    const index = new InMemoryIncidentIndex();
    index.add(facts([incident('incident:e:jabala:airstrike', '2019-06-10', ['place:jabala'])]));
    index.add(facts([incident('incident:e:jabala:airstrike', null, ['place:jabala'])]));
    expect(index.lookup(['place:jabala'], ['AIRSTRIKE'], 'article:other')).toEqual([
      { ...known('incident:e:jabala:airstrike', '2019-06-10', ['place:jabala']), reportedHere: false },
    ]);
  });
});
