// The merged schedule of a window: the three sources asked together, each failure kept apart, the
// anime matched to the catalog, the broadcasts merged.
import { LRUCache } from 'lru-cache';
import type { AnimeFilter } from '../../../lib/anime-filter.input.js';
import type { AniListClient } from '../../../lib/platforms/anilist.client.js';
import type { AnimeScheduleClient } from '../../../lib/platforms/animeschedule.client.js';
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';
import type { JikanClient } from '../../../lib/platforms/jikan.client.js';
import type { Logger } from '../../../lib/logger.js';
import { isPlatformError } from '../../../lib/platforms/platform-error.js';
import { aniListEpisodes } from '../sources/anilist.source.js';
import { animeScheduleEpisodes, RouteRefs } from '../sources/animeschedule.source.js';
import { jikanEpisodes } from '../sources/jikan.source.js';
import type { AiringEntry, SourceEpisode } from './airing.js';
import type { CatalogLookup } from './catalog-lookup.js';
import { mergeEpisodes } from './merge.js';
import { DAY_MS, type Window } from './window.js';

export interface ScheduleSources {
  anilist: AniListClient;
  jikan: JikanClient;
  /** Absent without ANIMESCHEDULE_TOKEN. */
  animeSchedule?: AnimeScheduleClient;
}

export type SourceState = 'ANSWERED' | 'FAILED' | 'NOT_CONFIGURED';

export interface SourceReport {
  platform: ExternalPlatform;
  state: SourceState;
  /** Broadcasts it gave for the window. */
  broadcasts: number;
  error: { code: string; message: string } | null;
}

export interface MergedSchedule {
  entries: AiringEntry[];
  sources: SourceReport[];
  /** What else is missing: the catalog that could not say which anime the broadcasts are. */
  warnings: string[];
}

export type Clock = () => Date;

/** How long a merged window is reused: its sources are cached longer, the merge is what this saves. */
const MERGED_TTL_MS = 60_000;

export class ScheduleService {
  private readonly routes: RouteRefs | undefined;
  private readonly merged = new LRUCache<string, Promise<MergedSchedule>>({ max: 64, ttl: MERGED_TTL_MS });
  private readonly keptByEvent = new LRUCache<string, Promise<Set<string>>>({ max: 1_000, ttl: 5 * 60_000 });

  constructor(
    private readonly sources: ScheduleSources,
    private readonly catalog: CatalogLookup,
    readonly now: Clock,
    private readonly log: Logger,
  ) {
    this.routes = sources.animeSchedule && new RouteRefs(sources.animeSchedule);
  }

  /**
   * The merged broadcasts in [from, to), of every air type, in airing order. `fresh` merges anew
   * instead of reusing a merge of the last minute (the poller, which compares two reads).
   */
  async window(window: Window, { fresh = false } = {}): Promise<MergedSchedule> {
    const wide = wholeDays(window);
    const key = `${wide.from.getTime()}-${wide.to.getTime()}`;
    let merged = fresh ? undefined : this.merged.get(key);
    if (!merged) {
      merged = this.merge(wide);
      merged.catch(() => this.merged.delete(key));
      this.merged.set(key, merged);
    }
    const { entries, ...rest } = await merged;
    return { entries: entries.filter((e) => e.airingAt >= window.from && e.airingAt < window.to), ...rest };
  }

  /** Of these entries, those whose anime the filter keeps (an entry without a catalog anime never is). */
  async filtered(entries: AiringEntry[], filter: AnimeFilter | null | undefined): Promise<AiringEntry[]> {
    if (!filter) return entries;
    const kept = await this.catalog.matching(
      entries.flatMap((e) => (e.animeId ? [e.animeId] : [])),
      filter,
    );
    return entries.filter((e) => e.animeId && kept.has(e.animeId));
  }

  /**
   * The AniGraph ids of these entries' anime that the filter keeps, asked once per event and filter
   * (every subscriber with the same filter shares the answer).
   */
  keptOnce(eventId: string, entries: AiringEntry[], filter: AnimeFilter): Promise<Set<string>> {
    const key = `${eventId}|${JSON.stringify(filter)}`;
    let kept = this.keptByEvent.get(key);
    if (!kept) {
      kept = this.catalog.matching(
        entries.flatMap((e) => (e.animeId ? [e.animeId] : [])),
        filter,
      );
      kept.catch(() => this.keptByEvent.delete(key));
      this.keptByEvent.set(key, kept);
    }
    return kept;
  }

  /** Refuses a filter the catalog would refuse, before a subscription starts with it. */
  validateFilter(filter: AnimeFilter | null | undefined): Promise<void> {
    return filter ? this.catalog.validate(filter) : Promise.resolve();
  }

  private async merge(window: Window): Promise<MergedSchedule> {
    const { anilist, jikan, animeSchedule } = this.sources;
    const asked: [ExternalPlatform, (() => Promise<SourceEpisode[]>) | undefined][] = [
      ['ANILIST', () => aniListEpisodes(anilist, window)],
      ['ANIMESCHEDULE', animeSchedule && this.routes ? () => animeScheduleEpisodes(animeSchedule, window, this.routes!) : undefined],
      ['MYANIMELIST', () => jikanEpisodes(jikan, window, this.now())],
    ];
    const answers = await Promise.all(
      asked.map(([platform, ask]) =>
        ask
          ? ask().then(ok, (error: unknown) => {
              if (!isPlatformError(error)) this.log.error({ err: error, platform }, 'a schedule source failed unexpectedly');
              return failed(error);
            })
          : undefined,
      ),
    );
    const sources = asked.map(([platform], i) => report(platform, answers[i]));
    const episodes = answers.flatMap((a) => (a && 'episodes' in a ? a.episodes : []));
    // Routes are learnt in the background, at AnimeSchedule's rate: until then their anime are matched by title.
    void this.routes?.learn(
      episodes.flatMap((e) => (e.refs.animeSchedule && !e.refs.mal && !e.refs.anilist ? [e.refs.animeSchedule] : [])),
    );
    const warnings: string[] = [];
    // Without the catalog the broadcasts are still listed, each under its platform id with `anime: null`.
    await this.catalog.learn(episodes.map((e) => ({ refs: e.refs, title: e.titles.title }))).catch((error: Error) => {
      warnings.push(`${error.message} The broadcasts are listed without their catalog anime.`);
    });
    return { entries: mergeEpisodes(episodes, (refs, title) => this.catalog.animeIdOf(refs, title)), sources, warnings };
  }
}

type Answer = { episodes: SourceEpisode[] } | { error: { code: string; message: string } };

const ok = (episodes: SourceEpisode[]): Answer => ({ episodes });
/** A platform's failure as it classified it; anything else is a bug, told without its details (they are in the log). */
const failed = (error: unknown): Answer => ({
  error: isPlatformError(error)
    ? { code: error.code, message: error.message }
    : { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' },
});

function report(platform: ExternalPlatform, answer: Answer | undefined): SourceReport {
  if (!answer) return { platform, state: 'NOT_CONFIGURED', broadcasts: 0, error: null };
  if ('error' in answer) return { platform, state: 'FAILED', broadcasts: 0, error: answer.error };
  return { platform, state: 'ANSWERED', broadcasts: answer.episodes.length, error: null };
}

/** The window widened to whole UTC days, so that the sources' cached answers serve many windows. */
function wholeDays(window: Window): Window {
  return {
    from: new Date(Math.floor(window.from.getTime() / DAY_MS) * DAY_MS),
    to: new Date(Math.ceil(window.to.getTime() / DAY_MS) * DAY_MS),
  };
}
