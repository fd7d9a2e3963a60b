import { normaliseName, Registry } from '../../src/eval/registry';
import { actorFact, placeFact, REGISTRY } from './helpers';

describe('normaliseName', () => {
  it('folds case, accents, apostrophes, punctuation and a leading "the"', () => {
    expect(normaliseName('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(normaliseName("Ma'arrat al-Nu'man")).toBe('maarrat al numan');
    expect(normaliseName('Ma’arrat  al-Nu’man')).toBe('maarrat al numan');
    expect(normaliseName("Russia's Defence Ministry")).toBe('russias defence ministry');
    expect(normaliseName('The Kremlin')).toBe('kremlin');
  });
});

describe('Registry: mapping extracted ids onto registry ids', () => {
  const reg = new Registry(REGISTRY);

  it('takes the id slug when it is a registry id', () => {
    expect(reg.resolveActor('actor:sohr', undefined)).toBe('sohr');
    expect(reg.resolvePlace('place:kafranbel', placeFact('place:kafranbel', 'Something else'))).toBe('kafranbel');
  });

  it('maps an unknown slug through the name, an alias, or the slug read as words', () => {
    expect(reg.resolveActor('actor:syrian-observatory', actorFact('actor:syrian-observatory', 'Syrian Observatory for Human Rights'))).toBe('sohr');
    expect(reg.resolveActor('actor:x1', actorFact('actor:x1', 'The White Helmets'))).toBe('syrian-civil-defence');
    expect(reg.resolveActor('actor:x2', actorFact('actor:x2', 'Observatory (UK)', ['SOHR']))).toBe('sohr');
    expect(reg.resolveActor('actor:mevlut-cavusoglu-2', actorFact('actor:mevlut-cavusoglu-2', 'Mevlüt Çavuşoğlu'))).toBe('mevlut-cavusoglu');
    expect(reg.resolvePlace('place:maarat-al-nu-man', placeFact('place:maarat-al-nu-man', 'Maaret al-Numan'))).toBe('maarat-al-numan');
    expect(reg.resolvePlace('place:kafr-nabl', placeFact('place:kafr-nabl', 'Kafr-Nabl'))).toBe('kafranbel');
  });

  it('keeps actors and places apart (Moscow the actor vs Moscow the place)', () => {
    expect(reg.resolveActor('actor:moscow', actorFact('actor:moscow', 'Moscow'))).toBe('russia');
    expect(reg.resolvePlace('place:moscow', placeFact('place:moscow', 'Moscow'))).toBe('moscow');
  });

  it('uses the gold article to choose between registry entries sharing an alias', () => {
    const f = actorFact('actor:ministry', 'the ministry');
    expect(reg.resolveActor('actor:ministry', f, new Set(['turkish-mod']))).toBe('turkish-mod');
    expect(reg.resolveActor('actor:ministry', f, new Set(['russian-mod']))).toBe('russian-mod');
  });

  it('maps a place spelled differently to the registry place with the same transliteration key within 10 km', () => {
    const reg2 = new Registry({
      actors: [],
      places: [
        { id: 'maarat-hurmah', name: 'Maarat Hurmah', aliases: ['Maarrat Hurma'], lat: 35.556, lon: 36.612 },
        { id: 'far-hurma', name: 'Maarat Hurma', aliases: [], lat: 36.5, lon: 37.5 },
      ],
    });
    const near = { ...placeFact('place:maarat-harma', 'Maarat Harma', ['Maaret Hirmeh']), latitude: 35.53, longitude: 36.64 };
    expect(reg2.resolvePlace('place:maarat-harma', near)).toBe('maarat-hurmah');
    // Same key, but 100 km away: another village of that name.
    const far = { ...near, latitude: 34.7, longitude: 36.64 };
    expect(reg2.resolvePlace('place:maarat-harma', far)).toBe('?maarat-harma');
    // Near, but another name.
    expect(reg2.resolvePlace('place:kansafra', { ...placeFact('place:kansafra', 'Kansafra'), latitude: 35.55, longitude: 36.61 })).toBe('?kansafra');
    // No coordinates: names alone decide.
    expect(reg2.resolvePlace('place:maarat-harma', placeFact('place:maarat-harma', 'Maarat Harma'))).toBe('?maarat-harma');
  });

  it('marks an entity matching nothing as unmapped so it can never equal a gold id', () => {
    expect(reg.resolveActor('actor:al-jazeera', actorFact('actor:al-jazeera', 'Al Jazeera'))).toBe('?al-jazeera');
  });

  it('walks partOf upwards', () => {
    expect(reg.ancestors('mevlut-cavusoglu')).toEqual(['turkish-foreign-ministry', 'turkey']);
    expect(reg.isAncestor('turkey', 'mevlut-cavusoglu')).toBe(true);
    expect(reg.isAncestor('mevlut-cavusoglu', 'turkey')).toBe(false);
  });
});
