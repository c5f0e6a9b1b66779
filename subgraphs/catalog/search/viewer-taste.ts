// The signed-in caller's taste, asked of the users subgraph as a client would (lib/subgraph-client.ts):
// their preferences merged with their linked AniList and MyAnimeList lists. What recommendations
// use when the caller gives no `liked`.
import { GraphQLError } from 'graphql';
import { errorExtensions } from '../../../lib/errors.js';
import type { SubgraphClient } from '../../../lib/subgraph-client.js';
import { currentViewer } from '../../../lib/users/current-viewer.js';

export interface ViewerTaste {
  favouriteTags: string[];
  favouriteStudios: string[];
  excludedTags: string[];
  /** Platform references ("anilist:21", "mal:1535"), best first. */
  likedAnime: string[];
  dislikedAnime: string[];
  seenAnime: string[];
}

/** The caller's taste; null for an anonymous caller (or an operator key, which belongs to no user). */
export type ViewerTasteSource = () => Promise<ViewerTaste | null>;

const TASTE = `query ViewerTaste {
  viewer { taste { favouriteTags favouriteStudios excludedTags likedAnime dislikedAnime seenAnime } }
}`;

export function viewerTasteSource(users: SubgraphClient): ViewerTasteSource {
  return async () => {
    if (!currentViewer()?.userId) return null;
    try {
      const data = await users<{ viewer: { taste: ViewerTaste } | null }>(TASTE);
      return data.viewer?.taste ?? null;
    } catch {
      throw new GraphQLError('Your taste could not be read from the users subgraph; retry, or give liked.', {
        extensions: errorExtensions('DOWNSTREAM_SERVICE_ERROR', { serviceName: 'users' }),
      });
    }
  };
}
