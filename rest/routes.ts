// Every REST route, in the order of the docs page: the natural-language query first, then the
// compatibility routes (each one named operation, its data in snake_case).
import { animeRoute } from './anime.route.js';
import { animeScheduleAnimeRoute, animeScheduleSearchRoute, animeScheduleTimetablesRoute } from './animeschedule.routes.js';
import {
  jikanCharactersRoute,
  jikanGenresRoute,
  jikanRandomRoute,
  jikanRecommendationsRoute,
  jikanStaffRoute,
} from './jikan-lookups.routes.js';
import { jikanRecentRecommendationsRoute, jikanSchedulesRoute, jikanSeasonRoute, jikanTopRoute } from './jikan.routes.js';
import type { AskDependencies } from '../questions/ask.js';
import { queryRoute } from './query.route.js';
import type { RouteSpec } from './route.js';
import { searchImageRoute } from './search-image.route.js';
import { searchRoute } from './search.route.js';

export function restRoutes(dependencies: AskDependencies): RouteSpec[] {
  return [
    queryRoute(dependencies),
    searchRoute,
    searchImageRoute,
    animeRoute,
    jikanTopRoute,
    jikanSeasonRoute,
    jikanSchedulesRoute,
    jikanRecentRecommendationsRoute,
    jikanRecommendationsRoute,
    jikanRandomRoute,
    jikanGenresRoute,
    jikanCharactersRoute,
    jikanStaffRoute,
    animeScheduleSearchRoute,
    animeScheduleAnimeRoute,
    animeScheduleTimetablesRoute,
  ];
}
