// drizzle-kit: `npm run db:generate:vectors` writes the migration for a change of the pgvector store's registry.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './subgraphs/catalog/semantic/pgvector/vector-schema.ts',
  out: './migrations/vectors',
  schemaFilter: ['anigraph_vectors'],
});
