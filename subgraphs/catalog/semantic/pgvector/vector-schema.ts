// The fixed part of the pgvector store's schema, migrated by drizzle-kit (`npm run db:generate:vectors`
// writes migrations/vectors/). Each model's vectors get a table of their own, whose vector(n) column has
// that model's dimensions: the store creates it from what this registry says (model-table.ts).
import { integer, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const vectorSchema = pgSchema('anigraph_vectors');

/** One row per embedding model whose vectors are kept here. */
export const vectorModels = vectorSchema.table('models', {
  /** As configured ("Xenova/all-MiniLM-L6-v2"). */
  model: text('model').primaryKey(),
  /** Its table in this schema. */
  tableName: text('table_name').notNull().unique(),
  dimensions: integer('dimensions').notNull(),
  /** The distance its HNSW index orders by: "inner_product" for unit-length vectors. */
  distance: text('distance').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The last load that committed. */
  loadedAt: timestamp('loaded_at', { withTimezone: true }),
});
