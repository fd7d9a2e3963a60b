/**
 * Cursor pagination shared by every list: `first`/`after` in, a Relay-style connection out.
 * A cursor is the opaque base64 of the offset of the item (`o:<offset>`); clients must not parse it.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError, requireIntInRange } from './errors';

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 500;
/** The page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Where a page starts and how long it is, already validated. */
export interface PageRequest {
  skip: number;
  limit: number;
}

/** Items of one page plus what the connection needs to describe it. */
export interface PageSlice<T> {
  items: T[];
  /** Offset of `items[0]`. */
  skip: number;
  hasNextPage: boolean;
  /** Counts every match of the filter; only called when a client selects `totalCount`. */
  count: () => Promise<number>;
}

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor points at; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string, field = 'after'): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match || encodeCursor(Number(match[1])) !== cursor) {
    throw new BadUserInputError(field, 'a cursor returned by a previous page (endCursor)', cursor);
  }
  return Number(match[1]);
}

/** Validates `first` (1..MAX_PAGE_SIZE) and `after`, and turns them into skip/limit. */
export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  defaultSize = DEFAULT_PAGE_SIZE,
): PageRequest {
  const limit = requireIntInRange('first', first ?? defaultSize, 1, MAX_PAGE_SIZE);
  const skip = after ? decodeCursor(after) + 1 : 0;
  return { skip, limit };
}

/**
 * Cuts a page out of rows fetched with `LIMIT limit + 1`: the extra row only tells whether a next
 * page exists.
 */
export function sliceFromRows<T>(rows: T[], page: PageRequest, count: () => Promise<number>): PageSlice<T> {
  return {
    items: rows.slice(0, page.limit),
    skip: page.skip,
    hasNextPage: rows.length > page.limit,
    count,
  };
}

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'Whether `after: endCursor` would return more items.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** The instance shape of every connection class made by `ConnectionType`. */
export interface ConnectionShape<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * Makes the abstract connection class for `NodeClass`; subclass it with `@ObjectType('XConnection')`.
 * `totalCount` is a method so the count query runs only when a client selects it.
 */
export function ConnectionType<T extends object>(NodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => NodeClass)
    node!: T;
  }

  // Never referenced itself (only its subclasses are), so type-graphql does not emit it.
  @ObjectType(`${name}ConnectionBase`)
  abstract class Connection implements ConnectionShape<T> {
    @Field(() => [NodeClass], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    readonly #count: () => Promise<number>;

    constructor(slice: PageSlice<T>) {
      this.nodes = slice.items;
      this.edges = slice.items.map((node, i) => Object.assign(new Edge(), { cursor: encodeCursor(slice.skip + i), node }));
      this.pageInfo = Object.assign(new PageInfo(), {
        hasNextPage: slice.hasNextPage,
        hasPreviousPage: slice.skip > 0,
        startCursor: this.edges[0]?.cursor ?? null,
        endCursor: this.edges[this.edges.length - 1]?.cursor ?? null,
      });
      this.#count = slice.count;
    }

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.#count();
    }
  }
  return Connection;
}
