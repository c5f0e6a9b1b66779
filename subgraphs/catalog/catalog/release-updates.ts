// The in-process catalog update (CATALOG_UPDATE_INTERVAL): every interval the server asks for the
// release with a conditional request, and serves a new one once it is validated, passes the shrink
// guard and is indexed, as a reload does; only then is it written to ANIME_DB_PATH. Offline, each
// check logs once and the served catalog stays.
import { stat } from 'node:fs/promises';
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from './catalog.js';
import { catalogOf, type CatalogFiles } from './load-catalog.js';
import { DownloadError, fetchRelease, readReleaseNote, saveRelease, writeReleaseNote, type ReleaseNote } from './release-download.js';
import { CatalogFormatError } from './release-file.js';
import { CatalogRefusedError } from './shrink-guard.js';

export const CHECK_OUTCOMES = ['UPDATED', 'UNCHANGED', 'REFUSED', 'INVALID', 'UNREACHABLE', 'FAILED'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export interface UpdateCheck {
  at: Date;
  outcome: CheckOutcome;
  message: string;
}

export interface ReleaseUpdatesOptions {
  url: string;
  /** Where the release is kept (ANIME_DB_PATH) and the synopses it is served with. */
  files: CatalogFiles;
  intervalSeconds: number;
  timeoutMs: number;
  log: Logger;
  /** Serves a catalog from the release (shrink guard and indexes included); rejects when it is not served. */
  serve(read: () => Promise<Catalog>, label: string): Promise<unknown>;
  /** While the demo catalog stands in for a missing file, whether to download the release (CATALOG_AUTO_DOWNLOAD). */
  downloadWhenMissing: boolean;
}

/** Longest wait setTimeout takes (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A check that is due at start waits this long, so that it does not compete with the start itself. */
const FIRST_CHECK_DELAY_MS = 30_000;
/** While the demo catalog stands in for a release that could not be downloaded, it is tried this often. */
const STAND_IN_RETRY_MS = 3_600_000;

export class ReleaseUpdates {
  lastCheck: UpdateCheck | null = null;
  nextCheckAt: Date | null = null;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<UpdateCheck> | undefined;
  /** The release that serves, as fetched: what a conditional request asks about (none while the demo catalog stands in). */
  private served: ReleaseNote | undefined;
  private standIn = false;

  constructor(private readonly options: ReleaseUpdatesOptions) {}

  get enabled(): boolean {
    return this.options.intervalSeconds > 0;
  }

  get intervalSeconds(): number {
    return this.options.intervalSeconds;
  }

  get url(): string {
    return this.options.url;
  }

  /**
   * Plans the first check: an interval after the last one (noted beside the file, else the file's own
   * date), or soon when that is past.
   */
  async start(): Promise<void> {
    if (!this.enabled) return;
    const { catalogPath } = this.options.files;
    const note = await readReleaseNote(catalogPath);
    const fileDate = await stat(catalogPath).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    const last = note?.checkedAt ? Date.parse(note.checkedAt) : (fileDate ?? Date.now());
    this.schedule(Math.max(last + this.waitMs(), Date.now() + FIRST_CHECK_DELAY_MS));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.nextCheckAt = null;
  }

  /** The file at ANIME_DB_PATH now serves (a start or a reload): the note beside it says which release it is. */
  async fileServed(): Promise<void> {
    this.served = await readReleaseNote(this.options.files.catalogPath);
    this.standIn = false;
  }

  /** The demo catalog serves: any release replaces it. */
  standInServed(): void {
    this.served = undefined;
    this.standIn = true;
  }

  /** Checks now (one check at a time); the outcome is also kept in `lastCheck`. */
  check(): Promise<UpdateCheck> {
    this.checking ??= this.run().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private waitMs(): number {
    const interval = this.options.intervalSeconds * 1000;
    return this.standIn ? Math.min(interval, STAND_IN_RETRY_MS) : interval;
  }

  private schedule(at: number): void {
    clearTimeout(this.timer);
    this.nextCheckAt = new Date(at);
    this.timer = setTimeout(
      () => {
        const due = this.standIn && !this.options.downloadWhenMissing ? Promise.resolve() : this.check();
        void due.finally(() => this.enabled && this.schedule(Date.now() + this.waitMs()));
      },
      Math.min(Math.max(0, at - Date.now()), MAX_TIMER_MS),
    );
    this.timer.unref();
  }

  private async run(): Promise<UpdateCheck> {
    const { url, files, log } = this.options;
    const note = await readReleaseNote(files.catalogPath);
    const checkedAt = new Date().toISOString();
    let check: UpdateCheck;
    try {
      const fetched = await fetchRelease(url, this.options.timeoutMs, this.served);
      if (!fetched.changed) {
        check = this.outcome('UNCHANGED', `${url} has not changed since it was fetched`);
        await this.remember({ ...note, url, checkedAt });
      } else {
        const { bytes, release, etag, lastModified } = fetched;
        await this.options.serve(() => catalogOf(release, files.synopsesPath), url);
        this.served = { url, etag, lastModified };
        this.standIn = false;
        const saved = await saveRelease(files.catalogPath, bytes, { url, etag, lastModified, checkedAt }).then(
          () => '',
          (error: Error) => ` (not saved to ${files.catalogPath}: ${error.message}; a restart serves the old file)`,
        );
        check = this.outcome('UPDATED', `serving the release of ${release.lastUpdate ?? 'an unknown date'} from ${url}${saved}`);
      }
    } catch (error) {
      check = this.outcome(outcomeOf(error), (error as Error).message);
      await this.remember({ ...note, url, checkedAt });
    }
    const level = check.outcome === 'UPDATED' || check.outcome === 'UNCHANGED' ? 'info' : 'warn';
    log[level]({ outcome: check.outcome, url }, `catalog update check: ${check.message}`);
    return check;
  }

  /** When the release was last checked, so that a restart does not check again at once (a read-only folder only costs that). */
  private async remember(note: ReleaseNote): Promise<void> {
    await writeReleaseNote(this.options.files.catalogPath, note).catch((error: Error) =>
      this.options.log.warn({ err: error.message }, 'could not note the release check beside the catalog file'),
    );
  }

  private outcome(outcome: CheckOutcome, message: string): UpdateCheck {
    this.lastCheck = { at: new Date(), outcome, message };
    return this.lastCheck;
  }
}

function outcomeOf(error: unknown): CheckOutcome {
  if (error instanceof DownloadError) return 'UNREACHABLE';
  if (error instanceof CatalogRefusedError) return 'REFUSED';
  if (error instanceof CatalogFormatError) return 'INVALID';
  return 'FAILED';
}
