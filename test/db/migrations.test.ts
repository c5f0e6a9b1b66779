// The gateway and the subgraphs of a distributed deployment open one fresh PostgreSQL database at the
// same moment: each migrates it, one after another, and all of them start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/database.js';
import { createLogger } from '../../lib/logger.js';
import { UserStore } from '../../lib/users/user-store.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await freshPostgresDatabase();
});

afterAll(async () => {
  await scratch?.drop();
});

describe('migrations', () => {
  it('run once when several processes open a fresh database at once', async () => {
    const log = createLogger('silent');
    const opened = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: scratch.url, dir: 'memory://', log })));
    try {
      const user = await new UserStore(opened[0].db).createUser('first');
      expect(await new UserStore(opened[3].db).user(user.id)).toMatchObject({ name: 'first' });
    } finally {
      await Promise.all(opened.map((database) => database.close()));
    }
  });
});
