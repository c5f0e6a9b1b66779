import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SearchMode } from '../search/search-mode.js';
import { Anime } from './anime.type.js';
import { PageInfo } from '../../../lib/page-info.type.js';

registerEnumType(SearchMode, {
  name: 'SearchMode',
  description: 'How search ranks anime. Every mode also weighs the catalog prior (see SearchScoreComponents.prior).',
  valuesConfig: {
    HYBRID: {
      description: 'Title, word and meaning signals blended (the default); LEXICAL, with a warning, while semantic search is unavailable.',
    },
    SEMANTIC: {
      description:
        "Meaning only: the query's vector against synopses, their sentences and titles; LEXICAL, with a warning, while semantic search is unavailable.",
    },
    LEXICAL: { description: 'Words only: titles and synonyms (typo tolerant), tags and synopses.' },
  },
});
export { SearchMode };

@ObjectType({ description: 'The signals a hit was ranked by, before weighting; each is 0 when it played no part, and at most 1.' })
export class SearchScoreComponents {
  @Field(() => Float, { description: 'Similarity of the whole query to the best-matching title or synonym (typo tolerant).' })
  title!: number;

  @Field(() => Float, { description: 'Word match (BM25) over titles and synonyms, 1 for the best candidate.' })
  titleWords!: number;

  @Field(() => Float, { description: 'Word match (BM25) over tags and synopsis, 1 for the best candidate.' })
  lexical!: number;

  @Field(() => Float, {
    description: 'Closeness in meaning: best cosine similarity of the query to the synopsis, a synopsis sentence or a title.',
  })
  semantic!: number;

  @Field(() => Float, {
    description: 'Prior from the catalog alone: how many sites list it, its score, its type (TV and movies before OVAs and specials).',
  })
  prior!: number;

  @Field(() => Float, {
    description:
      "Likeness of the search's picture to the anime's poster (cosine of their CLIP vectors); 0 without a picture, or when the anime has no poster vector.",
  })
  image!: number;
}

@ObjectType({ description: 'An anime a search found, with its score and what matched.' })
export class SearchHit {
  @Field(() => Anime, { description: 'The anime found.' })
  anime!: Anime;

  @Field(() => Float, {
    description:
      "The weighted sum of `components` in the result mode: higher is better; comparable within one result only. A franchise's main entry that a query describing the work moves up scores just above the entry it passes.",
  })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The title or synonym that matched best; null when the hit came from tags, synopsis or meaning only.',
  })
  matchedName!: string | null;

  @Field(() => [String], {
    description:
      'What matched: "title", "synonyms", "tags", "synopsis", for meaning "title (meaning)", "synopsis (meaning)" or "synopsis sentence (meaning)", and for a picture "poster (image)".',
  })
  matchedFields!: string[];

  @Field(() => SearchScoreComponents, { description: 'The signals `score` is made of, each before weighting.' })
  components!: SearchScoreComponents;

  @Field(() => [SearchHit], {
    description: 'With search(collapseFranchise: true): the other entries of its franchise that matched, in their order; else empty.',
  })
  franchiseMatches!: SearchHit[];
}

@ObjectType({ description: 'A search hit with its cursor.' })
export class SearchHitEdge {
  @Field(() => String, { description: 'Pass as `after` (with the same query, filter and mode) for the hits that follow this one.' })
  cursor!: string;

  @Field(() => SearchHit, { description: 'The hit.' })
  node!: SearchHit;
}

@ObjectType({ description: 'A page of the hits of a search, best first, and the mode they were ranked in.' })
export class SearchHitConnection {
  @Field(() => [SearchHit], { description: 'The hits of this page, best first (the same as `edges`, without cursors).' })
  hits!: SearchHit[];

  @Field(() => [SearchHitEdge], { description: 'The hits of this page with their cursors, best first.' })
  edges!: SearchHitEdge[];

  @Field(() => PageInfo, {
    description: 'Where this page stands in the ranking: whether more hits follow, and the cursor to ask for them.',
  })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description: 'How many hits the ranking found in all (the best candidates of each signal): paging to the end returns exactly these.',
  })
  totalCount!: number;

  @Field(() => SearchMode, {
    description: 'The mode the hits were ranked in: LEXICAL when semantic search was asked for but is unavailable.',
  })
  mode!: SearchMode;

  @Field(() => [String], {
    description: 'Why the answer is not what was asked for (semantic search unavailable, for one); empty when it is.',
  })
  warnings!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last hit of this page when more hits follow; null on the last page.',
    deprecationReason: 'Use pageInfo.endCursor, with pageInfo.hasNextPage telling whether more hits follow.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'How far the semantic index build under way is, in texts to embed.' })
export class SearchBuildProgress {
  @Field(() => Int, { description: 'Texts embedded so far.' })
  done!: number;

  @Field(() => Int, { description: 'Texts to embed in all (it may grow while the build runs).' })
  total!: number;
}

export enum ImageState {
  BUILDING = 'BUILDING',
  READY = 'READY',
  UNAVAILABLE = 'UNAVAILABLE',
  DISABLED = 'DISABLED',
}
registerEnumType(ImageState, {
  name: 'ImageState',
  description: 'Whether anime can be found by a picture (searchByImage, search with image).',
  valuesConfig: {
    BUILDING: { description: 'The CLIP model is loading, or the posters are being fetched and embedded.' },
    READY: { description: "The catalog's posters are indexed: pictures can be searched." },
    UNAVAILABLE: { description: 'No CLIP model could be loaded, or the build failed: see imageReason.' },
    DISABLED: { description: 'IMAGE_SEARCH=false.' },
  },
});

export enum EmbeddingPooling {
  MEAN = 'MEAN',
  CLS = 'CLS',
}
registerEnumType(EmbeddingPooling, {
  name: 'EmbeddingPooling',
  description: "How a model turns its tokens' vectors into one: as its card (1_Pooling/config.json) says, or EMBEDDING_POOLING.",
  valuesConfig: {
    MEAN: { description: 'The mean of the tokens, over the attention mask (MiniLM, e5).' },
    CLS: { description: 'The first token, [CLS] (bge).' },
  },
});

@ObjectType({ description: 'An embedding model search uses, as its card (the sentence-transformers files beside it) describes it.' })
export class EmbeddingModelInfo {
  @Field(() => String, { description: 'The model (EMBEDDING_MODEL, or one of EMBEDDING_MODELS), such as "Xenova/bge-small-en-v1.5".' })
  id!: string;

  @Field(() => EmbeddingPooling, { description: 'How it pools.' })
  pooling!: EmbeddingPooling;

  @Field(() => String, { description: 'What every query is prefixed with ("query: "); empty for nothing.' })
  queryPrefix!: string;

  @Field(() => String, { description: 'What every document is prefixed with ("passage: "); empty for nothing.' })
  documentPrefix!: string;

  @Field(() => Int, { description: 'Length of its vectors.' })
  dimensions!: number;

  @Field(() => Int, { description: 'Tokens it reads of a text: EMBEDDING_MAX_TOKENS, or less where the model takes less.' })
  maxTokens!: number;

  @Field(() => String, { description: 'The state of its vectors: BUILDING, READY or FAILED (its first build failed).' })
  state!: string;

  @Field(() => String, { nullable: true, description: 'Why its vectors do not serve (yet); null when they do.' })
  reason!: string | null;

  @Field(() => Float, { nullable: true, description: 'Wall-clock seconds its last successful build took; null before the first.' })
  lastBuildSeconds!: number | null;
}

@ObjectType({ description: 'What search can do right now, and why not more.' })
export class SearchStatus {
  @Field(() => SearchMode, { description: 'The best mode available now: HYBRID once the semantic index is built, else LEXICAL.' })
  mode!: SearchMode;

  @Field(() => Boolean, { description: 'Tags and synopses are searchable by word (built in the background after a catalog loads).' })
  wordIndexReady!: boolean;

  @Field(() => String, {
    description:
      'State of semantic search: DISABLED (SEMANTIC_SEARCH=false or no model), LOADING_MODEL, BUILDING, READY or FAILED (the first build failed).',
  })
  semanticState!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why search is not (yet) semantic, or which of EMBEDDING_MODELS it goes without and why; null when it is semantic with every model.',
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The embedding model (EMBEDDING_MODEL, such as "Xenova/all-MiniLM-L6-v2"); with several (EMBEDDING_MODELS), the first that loaded, whose vectors serve similar titles and recommendations. Null until one is loaded, or without one.',
  })
  model!: string | null;

  @Field(() => Int, { nullable: true, description: "Length of the model's vectors; null until it is loaded, or without one." })
  dimensions!: number | null;

  @Field(() => [EmbeddingModelInfo], {
    description:
      'The embedding models loaded, each with its card, in the order of EMBEDDING_MODELS: search fuses their scores. Empty until one is loaded, or without one.',
  })
  models!: EmbeddingModelInfo[];

  @Field(() => String, {
    description:
      'Where the vectors are kept (VECTOR_STORE): "embedded" (in this process), "qdrant" (QDRANT_URL) or "pgvector" (PostgreSQL, PGVECTOR_URL).',
  })
  vectorStore!: string;

  @Field(() => Int, { description: 'Anime of the served catalog that have vectors; 0 before the first build.' })
  indexedAnime!: number;

  @Field(() => SearchBuildProgress, {
    nullable: true,
    description: 'Texts embedded so far by the build under way; null when no build is embedding.',
  })
  progress!: SearchBuildProgress | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Texts the last successful build had to embed (the others came from the disk cache); null before the first.',
  })
  lastBuildEmbedded!: number | null;

  @Field(() => Float, { nullable: true, description: 'Wall-clock seconds the last successful build took; null before the first.' })
  lastBuildSeconds!: number | null;

  @Field(() => ImageState, { description: 'Whether anime can be found by a picture.' })
  imageState!: ImageState;

  @Field(() => String, { nullable: true, description: 'Why pictures cannot be searched (yet); null when they can.' })
  imageReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The CLIP model that embeds pictures and posters (CLIP_MODEL, such as "Xenova/clip-vit-base-patch32"); null until it is loaded.',
  })
  imageModel!: string | null;

  @Field(() => Int, { description: 'Anime of the served catalog whose poster is indexed; 0 before the first image build.' })
  indexedPosters!: number;

  @Field(() => SearchBuildProgress, {
    nullable: true,
    description: 'Posters fetched and embedded so far by the image build under way; null when none is running.',
  })
  imageProgress!: SearchBuildProgress | null;
}
