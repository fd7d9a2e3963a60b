import { NotFoundError } from './errors';

/** Returns `value`, or throws NOT_FOUND naming what was looked for. */
export async function orNotFound<T>(what: string, id: string, value: Promise<T | null>): Promise<T> {
  const found = await value;
  if (found === null) throw new NotFoundError(what, id);
  return found;
}
