import type { GraphQLSchema } from 'graphql';

/** What the gateway and the standalone server need from a subgraph, whoever implements it. */
export interface Subgraph {
  name: string;
  /** Executable federated schema. */
  schema: GraphQLSchema;
  /** SDL as composition sees it (committed under schema/<name>.graphql). */
  sdl: string;
  /** Loads the subgraph's data; the subgraph answers (with SERVICE_NOT_READY) before it is done. */
  start(): Promise<void>;
  isReady(): boolean;
  /** Re-reads the subgraph's data; on failure the old data keeps serving. */
  reload(): Promise<void>;
  /** A fresh context for one GraphQL request. */
  createContext(): object;
  /** Hears every change that may change answers (a reload, a search index swapped in): caches above it drop what they hold. */
  onDataChanged?(listener: () => void): void;
  close(): Promise<void>;
}

/** What a subgraph built in a process is given besides its configuration. */
export interface SubgraphEnvironment {
  /** The subgraphs built before it in this process, by name. */
  local: ReadonlyMap<string, Subgraph>;
  /** The time, for the subgraphs that act on it (tests move it); the system clock by default. */
  clock?: () => Date;
}
