import { BadUserInputError } from './errors.js';

/** Validates a page size argument against the configured limit. */
export function pageSize(first: number | null | undefined, fallback: number, max: number, argument = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0) {
    throw new BadUserInputError(`${argument} must be a non-negative integer (got ${size}).`, argument);
  }
  if (size > max) throw new BadUserInputError(`${argument} must be at most ${max} (got ${size}).`, argument);
  return size;
}

const PREFIX = 'cursor:';

export function encodeCursor(value: string): string {
  return Buffer.from(PREFIX + value).toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) throw new BadUserInputError(`${argument} is not a cursor this API issued.`, argument);
  return decoded.slice(PREFIX.length);
}
