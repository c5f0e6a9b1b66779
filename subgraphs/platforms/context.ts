import type { Platforms } from '../../lib/platforms/platforms.js';
import type { WarningsContext } from '../../lib/warnings.js';
import { Enrichment } from './domain/enrichment.js';

export interface PlatformsContext extends WarningsContext {
  platforms: Platforms;
  /** Per request: each platform asked at most once per anime and resource. */
  enrichment: Enrichment;
  maxPageSize: number;
}

export function createPlatformsContext(platforms: Platforms, maxPageSize: number): PlatformsContext {
  return { platforms, enrichment: new Enrichment(platforms), maxPageSize, warnings: [] };
}
