// A user's preferences: checked and normalised on the way in, read defensively on the way out (the
// column is JSON, and older rows may hold less).
import { BadUserInputError } from '../../../lib/errors.js';
import type { Preferences, PreferencesInput } from '../schema/preferences.type.js';

export const MAX_ENTRIES = 100;
export const MAX_ENTRY_LENGTH = 100;

const LISTS = ['favouriteTags', 'favouriteStudios', 'excludedTags'] as const;
/** Catalog tags are lower case; studios keep the catalog's spelling. */
const LOWER_CASE: Record<(typeof LISTS)[number], boolean> = { favouriteTags: true, favouriteStudios: false, excludedTags: true };

export function preferencesOf(stored: unknown): Preferences {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const listOf = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    favouriteTags: listOf(record.favouriteTags),
    favouriteStudios: listOf(record.favouriteStudios),
    excludedTags: listOf(record.excludedTags),
  };
}

/** The preferences after `input`: each list given replaces the one held; refused with BAD_USER_INPUT naming the field. */
export function updatedPreferences(current: Preferences, input: PreferencesInput): Preferences {
  const next = { ...current };
  for (const list of LISTS) {
    const given = input[list];
    if (given != null) next[list] = cleaned(given, `input.${list}`, LOWER_CASE[list]);
  }
  const both = next.favouriteTags.find((tag) => next.excludedTags.includes(tag));
  if (both) throw new BadUserInputError(`"${both}" cannot be both a favourite and an excluded tag.`, 'input.excludedTags');
  return next;
}

function cleaned(list: readonly string[], argument: string, lowerCase: boolean): string[] {
  if (list.length > MAX_ENTRIES)
    throw new BadUserInputError(`${argument} holds at most ${MAX_ENTRIES} entries (got ${list.length}).`, argument);
  const kept = new Map<string, string>();
  for (const raw of list) {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (!value) throw new BadUserInputError(`${argument} must not hold empty entries.`, argument);
    if (value.length > MAX_ENTRY_LENGTH) {
      throw new BadUserInputError(
        `${argument} entries must be at most ${MAX_ENTRY_LENGTH} characters ("${value.slice(0, 20)}…").`,
        argument,
      );
    }
    const entry = lowerCase ? value.toLowerCase() : value;
    if (!kept.has(entry.toLowerCase())) kept.set(entry.toLowerCase(), entry);
  }
  return [...kept.values()];
}
