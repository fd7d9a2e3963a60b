import { inlineParameters, toCypherLiteral } from '../../src/seeder/cypher-literal';

describe('toCypherLiteral', () => {
  it('escapes strings so quotes, backslashes and newlines survive', () => {
    expect(toCypherLiteral("Russia's \"denial\"\n\\")).toBe("'Russia\\'s \"denial\"\\n\\\\'");
  });
  it('writes numbers, null, lists and maps', () => {
    expect(toCypherLiteral({ a: 1, b: 1.5, c: null, d: ['x'], 'e-f': true })).toBe("{a: 1, b: 1.5, c: null, d: ['x'], `e-f`: true}");
  });
  it('refuses values Cypher cannot hold', () => {
    expect(() => toCypherLiteral(Number.NaN)).toThrow();
  });
});

describe('inlineParameters', () => {
  it('replaces parameters but not dollar signs inside strings or comments', () => {
    expect(inlineParameters("MATCH (a {id: $id}) // $id\nRETURN '$id' AS x, $n.k", { id: 'a1', n: { k: 2 } })).toBe(
      "MATCH (a {id: 'a1'}) \nRETURN '$id' AS x, {k: 2}.k",
    );
  });
  it('fails loudly on a missing parameter', () => {
    expect(() => inlineParameters('RETURN $missing', {})).toThrow('$missing');
  });
});
