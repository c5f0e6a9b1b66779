import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../lib/config.js';

describe('configuration', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 4000, MAX_PAGE_SIZE: 100, CATALOG_AUTO_DOWNLOAD: true });
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', MAX_PAGE_SIZE: '-1', CATALOG_SUBGRAPH_URL: 'ftp://x' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', MAX_PAGE_SIZE: '-1' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/MAX_PAGE_SIZE/);
    }
  });
});
