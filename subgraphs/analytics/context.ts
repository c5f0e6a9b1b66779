import type { Db } from '../../lib/db/database.js';

export interface AnalyticsContext {
  /** The database, once open (and migrated). */
  db(): Promise<Db>;
  /** Whether operators exist here at all: ADMIN_API_KEY is set. */
  adminEnabled: boolean;
  /** The time trending counts back from (tests move it). */
  now(): Date;
}
