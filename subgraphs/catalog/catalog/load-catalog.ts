import { buildCatalog, type Catalog, type Synopses } from './catalog.js';
import { readReleaseFile, type ReleaseFile } from './release-file.js';
import { readSynopses } from './synopses.js';

export interface CatalogFiles {
  catalogPath: string;
  synopsesPath?: string;
}

/** Reads and validates a release file (and synopses); throws CatalogFormatError when it is no catalog. */
export async function loadCatalog({ catalogPath, synopsesPath }: CatalogFiles): Promise<Catalog> {
  return catalogOf(readReleaseFile(catalogPath), synopsesPath);
}

/** Validates a release already read (or being read), with the synopses of `synopsesPath`. */
export async function catalogOf(release: ReleaseFile | Promise<ReleaseFile>, synopsesPath?: string): Promise<Catalog> {
  const [read, synopses] = await Promise.all([release, synopsesPath ? readSynopses(synopsesPath) : Promise.resolve<Synopses>(new Map())]);
  return buildCatalog(read, synopses);
}
