export enum SearchMode {
  /** Lexical and semantic signals blended (the default). */
  HYBRID = 'HYBRID',
  /** Meaning only: the query's vector against synopses, their sentences and titles. */
  SEMANTIC = 'SEMANTIC',
  /** Words only: titles (typo tolerant), tags and synopses. */
  LEXICAL = 'LEXICAL',
}
