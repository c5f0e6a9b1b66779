// Semantic search as configured: which models, which vector store, where vectors are cached.
import type { Config } from '../../../lib/config.js';
import { loadTransformersEmbedder } from '../../../lib/embeddings/transformers.embedder.js';
import type { Logger } from '../../../lib/logger.js';
import { EmbeddedVectorStore } from './embedded.store.js';
import { SemanticIndex } from './semantic-index.js';
import { SemanticModels } from './semantic-models.js';
import type { VectorStore } from './vector-store.js';

export type SemanticConfig = Pick<
  Config,
  | 'SEMANTIC_SEARCH'
  | 'EMBEDDING_MODEL'
  | 'EMBEDDING_MODELS'
  | 'MODEL_DIR'
  | 'EMBEDDING_DTYPE'
  | 'EMBEDDING_MAX_TOKENS'
  | 'EMBEDDING_POOLING'
  | 'EMBEDDING_QUERY_PREFIX'
  | 'EMBEDDING_DOCUMENT_PREFIX'
  | 'EMBEDDING_WORKERS'
  | 'VECTOR_CACHE_DIR'
  | 'VECTOR_PRECISION'
  | 'QDRANT_URL'
  | 'QDRANT_COLLECTION'
  | 'QDRANT_API_KEY'
  | 'VECTOR_STORE'
  | 'PGVECTOR_URL'
  | 'PGVECTOR_EF_SEARCH'
  | 'PGVECTOR_POOL_SIZE'
  | 'PGVECTOR_EXACT'
>;

/** Where one model's vectors are kept (loadConfig has checked that the chosen store has its URL). */
export async function createVectorStore(config: SemanticConfig, model: string, log: Logger): Promise<VectorStore> {
  switch (config.VECTOR_STORE) {
    case 'embedded':
      return new EmbeddedVectorStore(config.VECTOR_PRECISION);
    case 'qdrant': {
      const { QdrantVectorStore } = await import('./qdrant.store.js');
      return new QdrantVectorStore({ url: config.QDRANT_URL!, collection: config.QDRANT_COLLECTION, apiKey: config.QDRANT_API_KEY, model });
    }
    case 'pgvector': {
      const { PgvectorVectorStore } = await import('./pgvector/pgvector.store.js');
      const options = {
        url: config.PGVECTOR_URL!,
        poolSize: config.PGVECTOR_POOL_SIZE,
        efSearch: config.PGVECTOR_EF_SEARCH,
        exact: config.PGVECTOR_EXACT,
        model,
      };
      return new PgvectorVectorStore(options, log);
    }
  }
}

/** EMBEDDING_MODELS, or the one EMBEDDING_MODEL. */
export function embeddingModels(config: Pick<Config, 'EMBEDDING_MODEL' | 'EMBEDDING_MODELS'>): string[] {
  return config.EMBEDDING_MODELS ?? [config.EMBEDDING_MODEL];
}

export async function createSemanticModels(config: SemanticConfig, log: Logger): Promise<SemanticModels> {
  const indexes = await Promise.all(
    embeddingModels(config).map(async (name) => {
      const model = {
        model: name,
        modelDir: config.MODEL_DIR,
        dtype: config.EMBEDDING_DTYPE,
        maxTokens: config.EMBEDDING_MAX_TOKENS,
        card: {
          pooling: config.EMBEDDING_POOLING,
          queryPrefix: config.EMBEDDING_QUERY_PREFIX,
          documentPrefix: config.EMBEDDING_DOCUMENT_PREFIX,
        },
      };
      return new SemanticIndex({
        model: name,
        loadEmbedder: () => loadTransformersEmbedder(model),
        loadBuildEmbedder: () => loadTransformersEmbedder({ ...model, workers: config.EMBEDDING_WORKERS, background: true }),
        store: await createVectorStore(config, name, log),
        cacheDir: config.VECTOR_CACHE_DIR,
        log,
      });
    }),
  );
  const models = new SemanticModels(indexes, log);
  if (!config.SEMANTIC_SEARCH) models.disable('SEMANTIC_SEARCH=false');
  return models;
}
