import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Anime } from './anime.type.js';

export enum TrendingWindow {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(TrendingWindow, {
  name: 'TrendingWindow',
  description: 'How far back trending looks, against a window of the same length before it.',
  valuesConfig: {
    HOUR: { description: 'The last hour.' },
    DAY: { description: 'The last 24 hours.' },
    WEEK: { description: 'The last 7 days.' },
    MONTH: { description: 'The last 30 days.' },
  },
});

export const WINDOW_SECONDS: Record<TrendingWindow, number> = { HOUR: 3600, DAY: 86_400, WEEK: 7 * 86_400, MONTH: 30 * 86_400 };

@ObjectType({ description: 'An anime searched for and looked up more than before.' })
export class TrendingAnime {
  @Field(() => Anime, { description: 'The anime.' })
  anime!: Anime;

  @Field(() => Int, { description: 'Searches whose first hits it was, in the window.' })
  searches!: number;

  @Field(() => Int, { description: 'Operations that named it (anime, similar, recommendations, nextEpisode …), in the window.' })
  lookups!: number;

  @Field(() => Int, { description: 'Searches and lookups in the window of the same length before.' })
  previous!: number;

  @Field(() => Float, {
    description:
      'How much it rose: (now − before) / √(before + 1), the rise in units of the noise expected of counts; the list is ordered by it.',
  })
  score!: number;
}
