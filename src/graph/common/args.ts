/** Arguments shared by list fields, and their validation. */
import { ArgsType, Field, Int } from 'type-graphql';
import { BadUserInputError, requireIntInRange } from './errors';
import { MAX_PAGE_SIZE, pageRequest, type PageRequest } from './pagination';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (a previous page\'s `pageInfo.endCursor`).' })
  after?: string | null;

  /** Validated skip/limit. */
  static page(args: PageArgs): PageRequest {
    return pageRequest(args.first, args.after);
  }
}

/** Default size of lists nested in a node (an actor's statements…); page through the top-level lists for more. */
export const NESTED_DEFAULT = 100;

/** Validates the `first` of a nested list. */
export function nestedLimit(first: number | null | undefined): number {
  return requireIntInRange('first', first ?? NESTED_DEFAULT, 1, MAX_PAGE_SIZE);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Validates a YYYY, YYYY-MM or YYYY-MM-DD filter bound. Dates are compared as strings, so an upper
 * bound given as a year or month is widened to its last day (`dateTo: "2019"` includes 2019-06-10).
 */
export function dateBound(field: string, value: string | null | undefined, end: 'from' | 'to' = 'from'): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!DATE.test(value)) throw new BadUserInputError(field, 'a date YYYY-MM-DD (or YYYY-MM, YYYY)', value);
  if (end === 'to' && value.length === 4) return `${value}-12-31`;
  if (end === 'to' && value.length === 7) return `${value}-31`;
  return value;
}

/** Merges a single-value enum filter and its list form (`kind` and `kinds`). */
export function oneOrMany<T>(one: T | null | undefined, many: T[] | null | undefined): T[] | null {
  const all = [...(one ? [one] : []), ...(many ?? [])];
  return all.length > 0 ? [...new Set(all)] : null;
}
