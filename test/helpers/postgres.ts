// A database of its own on the PostgreSQL server of 127.0.0.1 (TEST_DATABASE_URL, else the `test`
// database's server with trust auth), so that test runs never see each other's rows.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const TEST_POSTGRES = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshPostgresDatabase(): Promise<ScratchDatabase> {
  const name = `anigraph_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_POSTGRES);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
