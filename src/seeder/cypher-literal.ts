/**
 * Cypher literals for the generated seed script. Only the seed script inlines values (it must run
 * on its own with `cypher-shell -f`); every statement the server runs takes parameters.
 */
export function toCypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Cypher literal`);
    return Number.isInteger(value) ? String(value) : String(value);
  }
  if (typeof value === 'string') {
    const escaped = value
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t');
    return `'${escaped}'`;
  }
  if (Array.isArray(value)) return `[${value.map(toCypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``}: ${toCypherLiteral(v)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  throw new Error(`cannot write a ${typeof value} as a Cypher literal`);
}

/**
 * Replaces every `$name` parameter in `statement` by the literal of `params[name]`.
 * Parameters inside string literals or comments are left alone.
 */
export function inlineParameters(statement: string, params: Record<string, unknown>): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < statement.length; i++) {
    const ch = statement[i]!;
    if (quote) {
      out += ch;
      if (ch === '\\') {
        out += statement[i + 1] ?? '';
        i++;
      } else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '/' && statement[i + 1] === '/') {
      const nl = statement.indexOf('\n', i);
      i = nl === -1 ? statement.length : nl - 1;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
      out += ch;
      continue;
    }
    if (ch === '$') {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(statement.slice(i + 1));
      if (match) {
        const name = match[0];
        if (!(name in params)) throw new Error(`statement uses $${name} but no value was given`);
        out += toCypherLiteral(params[name]);
        i += name.length;
        continue;
      }
    }
    out += ch;
  }
  return out;
}
