// Every MCP tool, in the order clients list them.
import type { ToolSpec } from '../tool.js';
import {
  findSimilarAnimeTool,
  getAnimeTool,
  getCatalogStatsTool,
  getCrossPlatformIdsTool,
  getRecommendationsTool,
  searchAnimeTool,
} from './catalog.tools.js';
import { ANIMESCHEDULE_TOOLS } from './animeschedule.tools.js';
import { searchByImageTool, searchMultimodalTool } from './image.tools.js';
import { JIKAN_TOOLS } from './jikan.tools.js';
import { queryAnimeTool } from './query.tools.js';
import { compareRatingsTool, getPlatformStatusTool } from './ratings.tools.js';
import { getCurrentlyAiringTool, getNextEpisodeTool, getScheduleTool, getSeasonalAnimeTool } from './schedule.tools.js';

export const TOOLS: readonly ToolSpec[] = [
  searchAnimeTool,
  searchByImageTool,
  searchMultimodalTool,
  getAnimeTool,
  findSimilarAnimeTool,
  getRecommendationsTool,
  getCrossPlatformIdsTool,
  getCatalogStatsTool,
  getSeasonalAnimeTool,
  getScheduleTool,
  getCurrentlyAiringTool,
  getNextEpisodeTool,
  compareRatingsTool,
  getPlatformStatusTool,
  queryAnimeTool,
  ...JIKAN_TOOLS,
  ...ANIMESCHEDULE_TOOLS,
];
