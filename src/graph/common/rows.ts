/**
 * Safe readers for store rows (plain JS values). The store port promises plain values; these guard
 * against null or missing properties and keep the mapping code free of casts.
 */
import type { Row } from '../../store/port';

export type Props = Record<string, unknown>;

export function str(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'undefined':
      return '';
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'symbol':
    case 'function':
      return String(value);
    case 'object':
      if (value === null) return '';
      // Stores return plain values, so this is a list or a map. Render it as String() always has:
      // a list's items joined by commas, a map as its tag ("[object Object]").
      return Array.isArray(value) ? value.map(str).join(',') : Object.prototype.toString.call(value);
  }
}

export function optStr(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}

export function optNum(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function optInt(value: unknown): number | null {
  const n = optNum(value);
  return n === null ? null : Math.trunc(n);
}

export function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The properties map in column `column` of a row (`properties(n) AS node`). */
export function props(row: Row, column = 'node'): Props {
  const value = row[column];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Props) : {};
}

/** Parses an enum value coming from the store; unknown values become `fallback`. */
export function enumValue<E extends string>(values: Record<string, E>, value: unknown, fallback: E): E {
  const v = str(value);
  return (Object.values(values) as string[]).includes(v) ? (v as E) : fallback;
}

export function optEnum<E extends string>(values: Record<string, E>, value: unknown): E | null {
  const v = optStr(value);
  return v !== null && (Object.values(values) as string[]).includes(v) ? (v as E) : null;
}
