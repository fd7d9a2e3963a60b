/**
 * Every statement of every .cypher file under cypher/ goes through Neo4j's own parser and semantic
 * analysis (Cypher 5 and Cypher 25), plus the portable-subset check. Errors fail; warnings are printed.
 */
import { cypher, listCypherFiles, splitStatements } from '../../src/store/cypher';
import { engineOfCypherFile } from '../../src/store/schema';
import type { CypherVersion } from '@neo4j-cypher/language-support';
import { lintStatement, type LintProblem } from './cypher-lint';

function describeProblem(file: string, index: number, statement: string, p: LintProblem): string {
  const excerpt = statement.length > 400 ? `${statement.slice(0, 400)}…` : statement;
  return (
    `cypher/${file}.cypher, statement ${index + 1}, line ${p.line} col ${p.column} [${p.version}]: ` +
    `${p.message}\n    ${excerpt.replace(/\n/g, '\n    ')}`
  );
}

/**
 * seed.cypher is generated for Neo4j 5 from the write files (already linted on both Cypher versions
 * and for portability) with the parameters inlined as literals: article text in those literals
 * must not trip the portability patterns, and one Cypher version keeps its many statements fast.
 */
const GENERATED_FOR_NEO4J_5 = new Set(['seed']);

function lintFile(file: string, text: string = cypher(file)): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const generated = GENERATED_FOR_NEO4J_5.has(file);
  const portable = engineOfCypherFile(file) === undefined && !generated;
  const versions: CypherVersion[] | undefined = generated ? ['CYPHER 5'] : undefined;
  splitStatements(text).forEach((statement, index) => {
    for (const problem of lintStatement(statement, { portable, ...(versions && { versions }) })) {
      (problem.severity === 'error' ? errors : warnings).push(describeProblem(file, index, statement, problem));
    }
  });
  return { errors, warnings };
}

const files = listCypherFiles();

describe('Cypher lint (Neo4j language support)', () => {
  it('finds the Cypher files, including schema and writes', () => {
    expect(files).toEqual(expect.arrayContaining(['schema/constraints', 'schema/indexes']));
    expect(files.some((f) => f.startsWith('write/'))).toBe(true);
  });

  it.each(files)('cypher/%s.cypher has no errors', (file) => {
    const statements = splitStatements(cypher(file));
    expect(statements.length).toBeGreaterThan(0);
    const { errors, warnings } = lintFile(file);
    if (warnings.length > 0) console.warn(`Cypher lint warnings:\n${warnings.join('\n')}`);
    if (errors.length > 0) throw new Error(`Cypher lint errors:\n${errors.join('\n')}`);
  }, 300_000);
});

describe('the lint can fail', () => {
  const errorsOf = (statement: string) =>
    lintStatement(statement).filter((p) => p.severity === 'error').map((p) => p.message);

  it('names the file, the statement and the message of an error in a script', () => {
    const script = [
      '// a broken script',
      "MERGE (a:Actor {id: 'actor:a'});",
      "MATCH (a:Actor {id: 'actor:a'}) RETRUN a.id;",
    ].join('\n');
    const { errors } = lintFile('write/broken-example', script);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^cypher\/write\/broken-example\.cypher, statement 2, line 1 col \d+ \[CYPHER 5\]: .*RETRUN/);
    expect(errors[0]).toContain("MATCH (a:Actor {id: 'actor:a'}) RETRUN a.id");
  });

  it('reports a syntax error', () => {
    expect(errorsOf('MATCH (a:Actor RETURN a')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Invalid input 'RETURN'/)]),
    );
  });

  it('reports a semantic error (undefined variable)', () => {
    expect(errorsOf('MATCH (a:Actor) RETURN b.name')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Variable `b` not defined/)]),
    );
  });

  it('reports an unknown function and a plugin function as errors', () => {
    expect(errorsOf('MATCH (a:Actor) RETURN toLowr(a.name)')).toEqual([expect.stringMatching(/toLowr/)]);
    expect(errorsOf("RETURN apoc.text.join(['a'], ',') AS x").length).toBeGreaterThan(0);
  });

  it('warns, without failing, on a label the model does not have', () => {
    const problems = lintStatement('MATCH (a:Actr) RETURN a.name');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/Actr/)]));
  });

  it('reports constructs outside the portable subset that Neo4j itself accepts', () => {
    expect(errorsOf('CREATE (a:Actor {id: randomUUID()})')).toEqual([expect.stringMatching(/randomUUID/)]);
    expect(errorsOf('MATCH (s:Statement) RETURN round(s.killed / 2.0, 1) AS x')).toEqual([
      expect.stringMatching(/round/),
    ]);
    expect(errorsOf('UNWIND $rows AS row CREATE (a:Actor $row)').length).toBeGreaterThan(0);
    expect(errorsOf('MATCH (a:Actor) RETURN COLLECT { MATCH (a)-[:MADE]->(s) RETURN s.id } AS ids').length).toBeGreaterThan(0);
    expect(errorsOf('MATCH (s:Statement) RETURN round(s.killed) AS x')).toEqual([]);
  });

  it('passes a clean parameterised statement (parameters are not a lint error)', () => {
    expect(errorsOf('UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name')).toEqual([]);
    expect(errorsOf('MATCH (a:Actor) RETURN a.id AS id ORDER BY id SKIP $skip LIMIT $limit')).toEqual([]);
  });
});
