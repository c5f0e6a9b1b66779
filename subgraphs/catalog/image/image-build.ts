// The image vectors of a catalog: each anime's poster embedded by CLIP, a chunk of anime at a time
// (only that chunk's posters are in memory, whatever the catalog's size), kept in a vector cache by
// poster URL that is saved every few chunks: a build killed midway resumes where it was saved, and a
// catalog update embeds only posters it has not seen. An anime without a poster (the placeholder, a
// poster the site lacks, one that does not decode) has no image vector.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ClipEmbedder } from '../../../lib/embeddings/clip.embedder.js';
import { checkImage, ImageRefused, type ImageLimits } from '../../../lib/images/image-input.js';
import { posterOf } from '../catalog/anime.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Progress } from '../semantic/progress.js';
import { textKey, type VectorCache } from '../semantic/vector-cache.js';
import { filterPayload, type AnimeVectors } from '../semantic/vector-store.js';
import type { Posters } from './posters.js';

export interface ImageBuildHooks {
  /** Opened only when a poster needs the model, closed when done. */
  loadEmbedder: () => Promise<ClipEmbedder>;
  startProgress: (total: number) => Progress;
  signal: AbortSignal;
  /** A poster larger than these is not decoded. */
  limits: ImageLimits;
  /** Anime per chunk: fetched, then embedded together. */
  chunk?: number;
  /** Chunks between saves of the cache. */
  saveEvery?: number;
}

export interface ImageBuild {
  animes: AnimeVectors[];
  embedded: number;
  reused: number;
  /** Anime with a poster URL that gave no vector, by why. */
  without: Map<string, string>;
}

export const posterKey = (url: string) => textKey(`poster\n${url}`);

export async function buildImageVectors(
  catalog: Catalog,
  posters: Posters,
  cache: VectorCache,
  hooks: ImageBuildHooks,
): Promise<ImageBuild> {
  const chunk = hooks.chunk ?? 32;
  const saveEvery = hooks.saveEvery ?? 8;
  const withPoster = catalog.animes.flatMap((anime) => {
    const url = posterOf(anime);
    return url ? [{ anime, url, key: posterKey(url) }] : [];
  });
  const todo = withPoster.filter((p) => !cache.get(p.key));
  const without = new Map<string, string>();
  let embedder: ClipEmbedder | undefined;
  let progress: Progress | undefined;
  let embedded = 0;
  try {
    if (todo.length > 0) {
      embedder = await hooks.loadEmbedder();
      progress = hooks.startProgress(todo.length);
      for (let start = 0, chunks = 0; start < todo.length; start += chunk, chunks++) {
        hooks.signal.throwIfAborted();
        const part = todo.slice(start, start + chunk);
        const images = await Promise.all(
          part.map(async ({ anime, url }) => {
            const poster = await posters.get(url);
            if (!Buffer.isBuffer(poster)) return void without.set(anime.id, poster.missing);
            try {
              return checkImage(poster, hooks.limits).bytes;
            } catch (error) {
              if (!(error instanceof ImageRefused)) throw error;
              without.set(anime.id, error.message);
            }
          }),
        );
        const ready = part.flatMap((p, i) => (images[i] ? [{ ...p, bytes: images[i] }] : []));
        const vectors = await embedder.embedImages(
          ready.map((p) => p.bytes),
          { signal: hooks.signal },
        );
        ready.forEach((p, i) => {
          const vector = vectors[i];
          if (vector) {
            cache.set(p.key, vector.slice());
            embedded++;
          } else without.set(p.anime.id, 'its poster could not be decoded');
        });
        progress.advance(part.length);
        if ((chunks + 1) % saveEvery === 0) await cache.save(new Set(withPoster.map((p) => p.key)));
        await nextTurn();
      }
    }
  } finally {
    progress?.stop();
    await embedder?.close();
  }
  const keep = new Set<string>();
  const animes = withPoster.flatMap(({ anime, key }): AnimeVectors[] => {
    const vector = cache.get(key);
    if (!vector) return [];
    keep.add(key);
    return [{ animeId: anime.id, doc: vector, docWeight: 1, sentences: [], titles: [], payload: filterPayload(anime) }];
  });
  if (embedded > 0) await cache.save(keep);
  return { animes, embedded, reused: animes.length - embedded, without };
}
