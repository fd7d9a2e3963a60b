/**
 * Lints Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support),
 * offline. The function registry is the package's bundled Neo4j catalogue minus APOC and GDS
 * (plugins are not part of the portable subset), so an unknown or plugin function is an error.
 * Labels and relationship types come from the domain model: an unknown one is a warning.
 */
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { CypherVersion, DbSchema, Neo4jFunction, Neo4jProcedure, ScopedRegistry } from '@neo4j-cypher/language-support';
import { NodeLabel, RelType } from '../../src/domain/model';

export type Severity = 'error' | 'warning';

export interface LintProblem {
  severity: Severity;
  message: string;
  /** 1-based line and column inside the statement. */
  line: number;
  column: number;
  /**
   * The Cypher version whose analysis reported it (a CypherVersion such as 'CYPHER 5'), or
   * 'portability'. Typed string: the library declares CypherVersion as plain string.
   */
  version: string;
}

/** Neo4j 5 runs Cypher 5; Neo4j 2025.x also runs Cypher 25. A shared statement must pass both. */
export const LINT_VERSIONS: CypherVersion[] = ['CYPHER 5', 'CYPHER 25'];

function withoutPlugins<T>(registry: ScopedRegistry<T> | undefined): ScopedRegistry<T> {
  const out: ScopedRegistry<T> = {};
  for (const [version, entries] of Object.entries(registry ?? {}) as Array<[CypherVersion, Record<string, T>]>) {
    out[version] = Object.fromEntries(
      Object.entries(entries).filter(([name]) => !/^(apoc|gds)\./i.test(name)),
    );
  }
  return out;
}

const baseSchema: DbSchema = {
  functions: withoutPlugins<Neo4jFunction>(testData.mockSchema.functions),
  procedures: withoutPlugins<Neo4jProcedure>(testData.mockSchema.procedures),
  labels: Object.values(NodeLabel),
  relationshipTypes: Object.values(RelType),
};

/**
 * Constructs outside the subset both engines run (docs/DESIGN §3). Neo4j accepts all of them, so
 * the language service alone cannot catch them. Engine-specific files are exempt.
 */
const NOT_PORTABLE: Array<[RegExp, string]> = [
  [/\brandomUUID\s*\(/i, 'randomUUID() is not portable: make ids in TypeScript'],
  [/\bround\s*\([^()]*(\([^()]*\)[^()]*)*,/i, 'round(x, precision) is not portable'],
  [/\bCOLLECT\s*\{/i, 'COLLECT { } subqueries are not portable'],
  [/\bIS\s*::/i, 'type predicates (IS ::) are not portable'],
  [/\bSHORTEST\s+\d/i, 'SHORTEST k is not portable'],
  [/\)\s*\{\s*\d*\s*,?\s*\d*\s*\}|-[->]?\s*[+*]\s*\(/, 'quantified path patterns are not portable'],
  [/\b(CREATE|MERGE)\s*\(\s*\w*(\s*:\s*\w+)*\s*\$\w+\s*\)/i, 'CREATE (n $map) is not portable: use SET n = $map'],
  [/\bFULLTEXT\b|\bdb\.index\.fulltext\b/i, 'full-text indexes are not portable'],
  [/\bapoc\.|\bgds\./i, 'APOC and GDS are not portable'],
];

export function portabilityProblems(statement: string): LintProblem[] {
  return NOT_PORTABLE.filter(([pattern]) => pattern.test(statement)).map(([, message]) => ({
    severity: 'error' as const,
    message,
    line: 1,
    column: 1,
    version: 'portability' as const,
  }));
}

/**
 * Lints one statement. Undefined-parameter diagnostics are dropped: statements are linted without
 * their runtime parameters, which is how they live in cypher/.
 */
export function lintStatement(
  statement: string,
  options: { portable?: boolean; versions?: CypherVersion[] } = {},
): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Set<string>();
  for (const version of options.versions ?? LINT_VERSIONS) {
    const { diagnostics } = lintCypherQuery(statement, { ...baseSchema, defaultLanguage: version });
    for (const d of diagnostics) {
      const message = typeof d.message === 'string' ? d.message : d.message.value;
      if (!isNotParamError({ message })) continue;
      const severity: Severity = d.severity === 1 ? 'error' : 'warning';
      const key = `${severity}:${message}:${d.range.start.line}:${d.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        severity,
        message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        version,
      });
    }
  }
  if (options.portable ?? true) problems.push(...portabilityProblems(statement));
  return problems;
}
