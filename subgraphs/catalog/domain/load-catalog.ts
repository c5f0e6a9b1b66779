import { buildCatalog, type Catalog, type Synopses } from './catalog.js';
import { readReleaseFile } from './release-file.js';
import { readSynopses } from './synopses.js';

export interface CatalogFiles {
  catalogPath: string;
  synopsesPath?: string;
}

/** Reads and validates a release file (and synopses); throws CatalogFormatError when it is no catalog. */
export async function loadCatalog({ catalogPath, synopsesPath }: CatalogFiles): Promise<Catalog> {
  const [release, synopses] = await Promise.all([
    readReleaseFile(catalogPath),
    synopsesPath ? readSynopses(synopsesPath) : Promise.resolve<Synopses>(new Map()),
  ]);
  return buildCatalog(release, synopses);
}
