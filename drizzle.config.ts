// drizzle-kit: `npm run db:generate` writes the SQL migration for a change of lib/db/schema.ts.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './migrations',
});
