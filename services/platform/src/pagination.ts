import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
/** No list returns more than this per page, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0)
    throw badUserInput('`first` must be a whole number >= 0.');
  return Math.min(first, MAX_PAGE_SIZE);
}

/** Keyset cursors: the sort key values of the last row, opaque to clients. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string | null | undefined,
  arity: number,
): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the coded error
  }
  throw badUserInput('`after` is not a cursor from this list.');
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Builds a connection from up to size + 1 rows (the extra one only says there is more). */
export function toConnection<T>(
  rows: T[],
  size: number,
  cursorOf: (row: T) => (string | number)[],
  totalCount: number,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
