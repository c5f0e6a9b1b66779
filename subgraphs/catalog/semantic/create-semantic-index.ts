// The semantic index as configured: which model, which vector store, where vectors are cached.
import type { Config } from '../../../lib/config.js';
import { loadTransformersEmbedder } from '../../../lib/embeddings/transformers.embedder.js';
import type { Logger } from '../../../lib/logger.js';
import { EmbeddedVectorStore } from './embedded.store.js';
import { SemanticIndex } from './semantic-index.js';
import type { VectorStore } from './vector-store.js';

export type SemanticConfig = Pick<
  Config,
  | 'SEMANTIC_SEARCH'
  | 'EMBEDDING_MODEL'
  | 'MODEL_DIR'
  | 'EMBEDDING_DTYPE'
  | 'EMBEDDING_MAX_TOKENS'
  | 'EMBEDDING_POOLING'
  | 'EMBEDDING_QUERY_PREFIX'
  | 'EMBEDDING_DOCUMENT_PREFIX'
  | 'EMBEDDING_WORKERS'
  | 'VECTOR_CACHE_DIR'
  | 'QDRANT_URL'
  | 'QDRANT_COLLECTION'
  | 'QDRANT_API_KEY'
>;

export async function createVectorStore(config: SemanticConfig): Promise<VectorStore> {
  if (!config.QDRANT_URL) return new EmbeddedVectorStore();
  const { QdrantVectorStore } = await import('./qdrant.store.js');
  return new QdrantVectorStore({ url: config.QDRANT_URL, collection: config.QDRANT_COLLECTION, apiKey: config.QDRANT_API_KEY });
}

export async function createSemanticIndex(config: SemanticConfig, log: Logger): Promise<SemanticIndex> {
  const model = {
    model: config.EMBEDDING_MODEL,
    modelDir: config.MODEL_DIR,
    dtype: config.EMBEDDING_DTYPE,
    maxTokens: config.EMBEDDING_MAX_TOKENS,
    card: {
      pooling: config.EMBEDDING_POOLING,
      queryPrefix: config.EMBEDDING_QUERY_PREFIX,
      documentPrefix: config.EMBEDDING_DOCUMENT_PREFIX,
    },
  };
  const index = new SemanticIndex({
    loadEmbedder: () => loadTransformersEmbedder(model),
    loadBuildEmbedder: () => loadTransformersEmbedder({ ...model, workers: config.EMBEDDING_WORKERS, background: true }),
    store: await createVectorStore(config),
    cacheDir: config.VECTOR_CACHE_DIR,
    log,
  });
  if (!config.SEMANTIC_SEARCH) index.disable('SEMANTIC_SEARCH=false');
  return index;
}
