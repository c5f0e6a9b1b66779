// The image vectors of a catalog: each anime's poster embedded by CLIP, a chunk of anime at a time
// (only that chunk's posters are in memory, whatever the catalog's size), kept in a vector cache by
// poster URL that is saved every few chunks: a build killed midway resumes where it was saved, and a
// catalog update embeds only posters it has not seen. An anime without a poster (the placeholder, a
// poster the site lacks, one that does not decode) has no image vector.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ClipEmbedder } from '../../../lib/embeddings/clip.embedder.js';
import { checkImage, ImageRefused, type ImageLimits } from '../../../lib/images/image-input.js';
import { posterOf, type Anime } from '../catalog/anime.js';
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
  const withPoster = postersOf(catalog);
  // Each poster once, however many anime share it.
  const todo = [...new Map(withPoster.filter((p) => !cache.get(p.key)).map((p) => [p.key, p])).values()];
  /** Why a poster gave no vector, by its key. */
  const failed = new Map<string, string>();
  let embedder: ClipEmbedder | undefined;
  let progress: Progress | undefined;
  let embedded = 0;
  try {
    progress = todo.length > 0 ? hooks.startProgress(todo.length) : undefined;
    for (let start = 0, chunks = 0; start < todo.length; start += chunk, chunks++) {
      hooks.signal.throwIfAborted();
      const part = todo.slice(start, start + chunk);
      const images = await Promise.all(part.map(({ url, key }) => usablePoster(posters, url, key, hooks.limits, failed)));
      const ready = part.flatMap((p, i) => (images[i] ? [{ ...p, bytes: images[i] }] : []));
      // The model starts with the first poster to embed: a build of remembered misses needs none.
      if (ready.length > 0) embedder ??= await hooks.loadEmbedder();
      const vectors = embedder ? await embedEach(embedder, ready, hooks.signal, failed) : [];
      ready.forEach((p, i) => {
        const vector = vectors[i];
        if (vector) {
          cache.set(p.key, vector.slice());
          embedded++;
        } else if (!failed.has(p.key)) failed.set(p.key, 'its poster could not be decoded');
      });
      progress!.advance(part.length);
      if ((chunks + 1) % saveEvery === 0) await cache.save(new Set(withPoster.map((p) => p.key)));
      await nextTurn();
    }
  } catch (error) {
    // Stopped for a newer catalog (or a shutdown): what was embedded is kept for the next build.
    if (hooks.signal.aborted && embedded > 0) await cache.save(new Set(withPoster.map((p) => p.key)));
    throw error;
  } finally {
    progress?.stop();
    await embedder?.close();
  }
  const keep = new Set<string>();
  const without = new Map<string, string>();
  const animes = vectorsIn(cache, withPoster, (anime, key) => {
    if (failed.has(key)) without.set(anime.id, failed.get(key)!);
  });
  for (const { key } of withPoster) if (cache.get(key)) keep.add(key);
  if (embedded > 0) await cache.save(keep);
  return { animes, embedded, reused: keep.size - embedded, without };
}

/** The image vectors of `catalog` that the cache already holds: what serves at once while the rest are fetched. */
export function cachedImageVectors(catalog: Catalog, cache: VectorCache): AnimeVectors[] {
  return vectorsIn(cache, postersOf(catalog));
}

interface PosterOf {
  anime: Anime;
  url: string;
  key: string;
}

/** Each anime with a poster (not the placeholder), and its poster's cache key. */
function postersOf(catalog: Catalog): PosterOf[] {
  return catalog.animes.flatMap((anime) => {
    const url = posterOf(anime);
    return url ? [{ anime, url, key: posterKey(url) }] : [];
  });
}

/** The vectors of the anime whose posters the cache holds; `onMissing` hears the others. */
function vectorsIn(cache: VectorCache, posters: readonly PosterOf[], onMissing?: (anime: Anime, key: string) => void): AnimeVectors[] {
  return posters.flatMap(({ anime, key }): AnimeVectors[] => {
    const vector = cache.get(key);
    if (!vector) return (onMissing?.(anime, key), []);
    return [{ animeId: anime.id, doc: vector, docWeight: 1, sentences: [], titles: [], payload: filterPayload(anime) }];
  });
}

/** The poster's bytes when it has one within the limits; else why not goes into `failed`. */
async function usablePoster(
  posters: Posters,
  url: string,
  key: string,
  limits: ImageLimits,
  failed: Map<string, string>,
): Promise<Buffer | undefined> {
  const poster = await posters.get(url);
  if (!Buffer.isBuffer(poster)) return void failed.set(key, poster.missing);
  try {
    return checkImage(poster, limits).bytes;
  } catch (error) {
    if (!(error instanceof ImageRefused)) throw error;
    failed.set(key, error.message);
  }
}

/** The posters' vectors in one call; when that fails, one poster at a time, so that one bad poster costs only itself. */
async function embedEach(
  embedder: ClipEmbedder,
  ready: { key: string; bytes: Buffer }[],
  signal: AbortSignal,
  failed: Map<string, string>,
): Promise<(Float32Array | undefined)[]> {
  try {
    return await embedder.embedImages(
      ready.map((p) => p.bytes),
      { signal },
    );
  } catch {
    signal.throwIfAborted();
    return Promise.all(
      ready.map(async (p) => {
        try {
          return (await embedder.embedImages([p.bytes], { signal }))[0];
        } catch (error) {
          signal.throwIfAborted();
          failed.set(p.key, `the model failed on its poster: ${(error as Error).message}`);
        }
      }),
    );
  }
}
