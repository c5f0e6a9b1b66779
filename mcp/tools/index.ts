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

export const TOOLS: readonly ToolSpec[] = [
  searchAnimeTool,
  getAnimeTool,
  findSimilarAnimeTool,
  getRecommendationsTool,
  getCrossPlatformIdsTool,
  getCatalogStatsTool,
];
