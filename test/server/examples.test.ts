import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FALLBACK_TAB, loadPlaygroundTabs, tabsFromSource } from '../../src/server/examples';
import { recordingLogger } from './fixtures';

const SOURCE = `# Examples for the playground.

# Who denied a toll?
query Denials($first: Int) {
  statements(stance: DENIAL, first: $first) { ...StatementBits }
}

fragment StatementBits on Statement { id text speaker { ...ActorBits } }
fragment ActorBits on Actor { id name }

query Actor($id: ID!) { actor(id: $id) { ...ActorBits } }

{ __typename }
`;

describe('tabsFromSource', () => {
  it('makes one tab per operation with its comments and the fragments it uses, transitively', () => {
    const tabs = tabsFromSource(SOURCE, {});
    expect(tabs).toHaveLength(3);
    expect(tabs[0]!.query).toMatch(/^# Who denied a toll\?\nquery Denials/);
    expect(tabs[0]!.query).not.toContain('# Examples for the playground');
    expect(tabs[0]!.query).toContain('fragment StatementBits');
    expect(tabs[0]!.query).toContain('fragment ActorBits');
    expect(tabs[1]!.query).toContain('fragment ActorBits');
    expect(tabs[1]!.query).not.toContain('fragment StatementBits');
    expect(tabs[2]!.query.trim()).toBe('{ __typename }');
  });

  it('takes variables keyed by operation name', () => {
    const tabs = tabsFromSource(SOURCE, { Actor: { id: 'actor:sohr' }, Denials: { first: 5 } });
    expect(JSON.parse(tabs[0]!.variables!)).toEqual({ first: 5 });
    expect(JSON.parse(tabs[1]!.variables!)).toEqual({ id: 'actor:sohr' });
    expect(tabs[2]!.variables).toBeUndefined();
  });

  it('takes a flat variables object, giving each operation only what it declares', () => {
    const tabs = tabsFromSource(SOURCE, { id: 'actor:sohr', first: 3, unused: true });
    expect(JSON.parse(tabs[0]!.variables!)).toEqual({ first: 3 });
    expect(JSON.parse(tabs[1]!.variables!)).toEqual({ id: 'actor:sohr' });
  });
});

describe('loadPlaygroundTabs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tabs-'));

  it('falls back to a starter tab when there is no file', () => {
    expect(loadPlaygroundTabs(join(dir, 'missing.graphql'), undefined, recordingLogger())).toEqual([FALLBACK_TAB]);
  });

  it('shows a file that does not parse as one tab, and says why in the log', () => {
    const file = join(dir, 'broken.graphql');
    writeFileSync(file, 'query { oops ');
    const logger = recordingLogger();
    expect(loadPlaygroundTabs(file, undefined, logger)).toEqual([{ query: 'query { oops ' }]);
    expect(logger.lines[0]?.[0]).toBe('warn');
  });

  it('ignores a variables file that is not JSON, with a warning', () => {
    const file = join(dir, 'ok.graphql');
    const vars = join(dir, 'vars.json');
    writeFileSync(file, 'query A($x: Int) { a(x: $x) }');
    writeFileSync(vars, '{ nope');
    const logger = recordingLogger();
    const tabs = loadPlaygroundTabs(file, vars, logger);
    expect(tabs).toEqual([{ query: 'query A($x: Int) { a(x: $x) }\n' }]);
    expect(logger.lines[0]?.[0]).toBe('warn');
  });
});
