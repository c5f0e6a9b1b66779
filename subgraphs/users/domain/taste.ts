// A user's taste: what they set (preferences) merged with what their linked accounts' lists say.
// What they set comes first and their excluded tags win; the lists add favourites by weight, and the
// anime they liked, disliked and have seen.
import type { LinkedAccountRow } from '../../../lib/users/linked-account-store.js';
import { storedTaste, type AccountTaste as StoredTaste, type WeightedName } from '../../../lib/users/linked/taste.js';
import type { AccountTaste, LinkedAccount, LinkedPlatform } from '../schema/linked-account.type.js';
import type { Preferences } from '../schema/preferences.type.js';
import type { Taste } from '../schema/taste.type.js';

const DERIVED_TAGS = 20;
const DERIVED_STUDIOS = 10;

export function linkedAccountView(row: LinkedAccountRow): LinkedAccount {
  const taste = storedTaste(row.taste);
  return {
    platform: row.platform as LinkedPlatform,
    accountId: row.accountId,
    accountName: row.accountName,
    linkedAt: row.linkedAt,
    syncedAt: row.syncedAt,
    taste: accountTasteView(taste),
  };
}

function accountTasteView(taste: StoredTaste): AccountTaste {
  const names = (list: WeightedName[]) => list.map((n) => n.name);
  const { meanScore, scored, completed, entries } = taste;
  return {
    favouriteTags: names(taste.favouriteTags),
    favouriteStudios: names(taste.favouriteStudios),
    meanScore,
    scored,
    completed,
    entries,
  };
}

export function mergedTaste(preferences: Preferences, rows: readonly LinkedAccountRow[]): Taste {
  const accounts = rows.map((row) => storedTaste(row.taste));
  const excluded = new Set(preferences.excludedTags.map((t) => t.toLowerCase()));
  const favouriteTags = withDerived(
    preferences.favouriteTags,
    accounts.map((a) => a.favouriteTags),
    DERIVED_TAGS,
    (tag) => !excluded.has(tag),
  );
  const favouriteStudios = withDerived(
    preferences.favouriteStudios,
    accounts.map((a) => a.favouriteStudios),
    DERIVED_STUDIOS,
    () => true,
  );
  const likedAnime = unique(interleaved(accounts.map((a) => a.liked)));
  const liked = new Set(likedAnime);
  return {
    favouriteTags,
    favouriteStudios,
    excludedTags: preferences.excludedTags,
    likedAnime,
    dislikedAnime: unique(accounts.flatMap((a) => a.disliked)).filter((ref) => !liked.has(ref)),
    seenAnime: unique(accounts.flatMap((a) => a.seen)),
    linkedPlatforms: rows.map((row) => row.platform as LinkedPlatform),
  };
}

/** The explicit entries, then up to `max` derived ones by their summed weight (case-insensitively new, and `allowed`). */
function withDerived(explicit: string[], derived: WeightedName[][], max: number, allowed: (name: string) => boolean): string[] {
  const weights = new Map<string, number>();
  for (const list of derived) for (const { name, weight } of list) weights.set(name, (weights.get(name) ?? 0) + weight);
  const taken = new Set(explicit.map((e) => e.toLowerCase()));
  const added = [...weights]
    .filter(([name]) => !taken.has(name.toLowerCase()) && allowed(name.toLowerCase()))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
  return [...explicit, ...added];
}

/** The lists' entries in turn (each list's best first), so that no account crowds out the others. */
function interleaved(lists: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i++) for (const list of lists) if (i < list.length) out.push(list[i]);
  return out;
}

const unique = (list: string[]) => [...new Set(list)];
