import { lookupPlace, provinceOf } from '../../src/resolve';

describe('gazetteer lookups', () => {
  it('prefers the place whose own name it is over a stray alternate name elsewhere', () => {
    // GeoNames lists "rome" among Lomé's alternate names.
    expect(lookupPlace('Rome', null)).toBe('rome');
    expect(lookupPlace('Lome', null)).toBe('lome');
  });
  it.each([
    ['Reyhanli', 'reyhanli'],
    ['Kabani', 'kabani'],
    ['al-Zahraa', 'al-zahraa'],
    ['Maar Zita', 'maarzita'],
    ['Tal Malah', 'tell-malah'],
    ['Nairab airport', 'nairab-air-base'],
  ])('knows the hand-kept place %s', (name, slug) => {
    expect(lookupPlace(name, null)).toBe(slug);
  });
  it('places hand-kept villages in their province', () => {
    expect(provinceOf('kabani')).toBe('latakia-province');
    expect(provinceOf('al-zahraa')).toBe('aleppo-province');
  });
});
