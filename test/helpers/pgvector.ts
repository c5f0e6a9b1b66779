// Whether the box's PostgreSQL server can give a database the `vector` extension (pgvector): .ci/run
// builds and installs it from ../shared/vendor, so CI always can; elsewhere the pgvector tests skip, saying so.
import pg from 'pg';
import { TEST_POSTGRES } from './postgres.js';

async function available(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rowCount } = await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
    return rowCount === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const pgvectorPresent = await available();

if (!pgvectorPresent) {
  console.log(`pgvector tests skipped: the PostgreSQL server of ${TEST_POSTGRES} has no "vector" extension (.ci/run installs it).`);
}
