import { dateBound } from '../../src/graph/common/args';

describe('dateBound', () => {
  it('widens a year or month upper bound to its last day, so string comparison includes it', () => {
    expect(dateBound('filter.dateTo', '2019', 'to')).toBe('2019-12-31');
    expect(dateBound('filter.dateTo', '2019-06', 'to')).toBe('2019-06-31');
    expect('2019-06-10' <= dateBound('filter.dateTo', '2019-06', 'to')!).toBe(true);
    expect(dateBound('filter.dateTo', '2019-06-10', 'to')).toBe('2019-06-10');
  });
  it('keeps lower bounds as given and refuses other shapes', () => {
    expect(dateBound('filter.dateFrom', '2019-06')).toBe('2019-06');
    expect(dateBound('filter.dateFrom', null)).toBeNull();
    expect(() => dateBound('filter.dateFrom', 'June 2019')).toThrow(/filter\.dateFrom/);
  });
});
