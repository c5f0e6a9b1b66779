// Arguments checked before any query: a malformed one fails with BAD_USER_INPUT naming it.
import { BadUserInputError } from '../../../lib/errors.js';

export const MAX_NAME_LENGTH = 100;

/** A user's or key's name: trimmed, 1 to 100 characters. */
export function checkedName(name: string, argument: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new BadUserInputError(`${argument} must not be empty.`, argument);
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new BadUserInputError(`${argument} must be at most ${MAX_NAME_LENGTH} characters (got ${trimmed.length}).`, argument);
  }
  return trimmed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` is shaped like the database's ids (UUIDs). */
export const isId = (id: string): boolean => UUID.test(id);

/** A user's or key's id: the database's UUIDs (anything else would fail in the query itself). */
export function checkedId(id: string, argument: string): string {
  if (!isId(id)) throw new BadUserInputError(`${argument} is not an id AniGraph issued ("${id.slice(0, 40)}").`, argument);
  return id.toLowerCase();
}
