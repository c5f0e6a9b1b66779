import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AirType } from '../../../lib/air-type.enum.js';
import { BadUserInputError } from '../../../lib/errors.js';
import type { SchedulesContext } from '../context.js';
import { sourceWarnings, viewOf } from '../domain/entry-view.js';
import { DAY_MS } from '../domain/window.js';
import { AiringEntry } from '../schema/airing-entry.type.js';
import { Anime } from '../schema/anime.type.js';
import { MAX_DAYS, nextBroadcast, NEXT_EPISODE_DAYS } from './schedule.resolver.js';

@Resolver(() => Anime)
export class AnimeAiringResolver {
  @FieldResolver(() => AiringEntry, {
    nullable: true,
    description: `Its next broadcast of this air type within ${NEXT_EPISODE_DAYS} days, merged across AniList, AnimeSchedule and MyAnimeList; null when none is known.`,
  })
  nextEpisode(
    @Root() anime: Anime,
    @Arg('airType', () => AirType, { defaultValue: AirType.RAW, description: 'RAW (the Japanese broadcast) by default, or SUB or DUB.' })
    airType: AirType,
    @Ctx() ctx: SchedulesContext,
  ) {
    return nextBroadcast(ctx, anime.id, airType);
  }

  @FieldResolver(() => [AiringEntry], { description: 'Its broadcasts of every air type from now to `days` days ahead, in airing order.' })
  async airing(
    @Root() anime: Anime,
    @Arg('days', () => Int, { defaultValue: 7, description: `How many days ahead, 1 to ${MAX_DAYS}.` }) days: number,
    @Ctx() ctx: SchedulesContext,
  ) {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
      throw new BadUserInputError(`days must be between 1 and ${MAX_DAYS} (got ${days}).`, 'days');
    const now = ctx.schedules.now();
    const merged = await ctx.schedules.window({ from: now, to: new Date(now.getTime() + days * DAY_MS) });
    ctx.warnings.push(...sourceWarnings(merged));
    return merged.entries.filter((e) => e.animeId === anime.id).map((e) => viewOf(e, 'UTC'));
  }
}
