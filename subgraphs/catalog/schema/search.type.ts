import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SearchMode } from '../search/search-mode.js';
import { Anime } from './anime.type.js';
import { PageInfo } from './page-info.type.js';

registerEnumType(SearchMode, { name: 'SearchMode' });
export { SearchMode };

@ObjectType({ description: 'The signals a hit was ranked by, each in [0, 1].' })
export class SearchScoreComponents {
  @Field(() => Float, { description: 'Similarity of the query to the best-matching title or synonym (typo tolerant).' })
  title!: number;

  @Field(() => Float, { description: 'Word match (BM25) over titles and synonyms, 1 for the best candidate.' })
  titleWords!: number;

  @Field(() => Float, { description: 'Word match (BM25) over tags and synopsis, 1 for the best candidate.' })
  lexical!: number;

  @Field(() => Float, { description: 'Closeness in meaning: best cosine to the synopsis, a synopsis sentence or a title.' })
  semantic!: number;

  @Field(() => Float, { description: 'Prior from the catalog alone: sites listing it, its score, its type.' })
  prior!: number;
}

@ObjectType()
export class SearchHit {
  @Field(() => Anime)
  anime!: Anime;

  @Field(() => Float, { description: 'Higher is better; comparable within one result only.' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'The title or synonym that matched best.' })
  matchedName!: string | null;

  @Field(() => [String], { description: 'What matched: title, synonyms, tags, synopsis, or "(meaning)" for semantic matches.' })
  matchedFields!: string[];

  @Field(() => SearchScoreComponents)
  components!: SearchScoreComponents;
}

@ObjectType()
export class SearchHitEdge {
  @Field(() => String, { description: 'Pass as `after` for the hits that follow this one.' })
  cursor!: string;

  @Field(() => SearchHit)
  node!: SearchHit;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit], { description: 'The hits of this page, best first (the same as `edges`, without cursors).' })
  hits!: SearchHit[];

  @Field(() => [SearchHitEdge])
  edges!: SearchHitEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description: 'How many hits the ranking found in all (the best candidates of each signal): paging to the end returns exactly these.',
  })
  totalCount!: number;

  @Field(() => SearchMode, {
    description: 'The mode the hits were ranked in: LEXICAL when semantic search was asked for but is unavailable.',
  })
  mode!: SearchMode;

  @Field(() => [String], { description: 'Why the answer is not what was asked for, if it is not.' })
  warnings!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page (pageInfo.endCursor when hasNextPage).',
  })
  endCursor!: string | null;
}

@ObjectType()
export class SearchBuildProgress {
  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'What search can do right now, and why not more.' })
export class SearchStatus {
  @Field(() => SearchMode, { description: 'The best mode available now: HYBRID once the semantic index is built, else LEXICAL.' })
  mode!: SearchMode;

  @Field(() => Boolean, { description: 'Tags and synopses are searchable by word (built in the background after a catalog loads).' })
  wordIndexReady!: boolean;

  @Field(() => String, { description: 'DISABLED, LOADING_MODEL, BUILDING, READY or FAILED.' })
  semanticState!: string;

  @Field(() => String, { nullable: true, description: 'Why search is not (yet) semantic.' })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  model!: string | null;

  @Field(() => Int, { nullable: true })
  dimensions!: number | null;

  @Field(() => String, { description: 'embedded or qdrant.' })
  vectorStore!: string;

  @Field(() => Int, { description: 'Anime with vectors.' })
  indexedAnime!: number;

  @Field(() => SearchBuildProgress, { nullable: true, description: 'Texts embedded so far by the build under way.' })
  progress!: SearchBuildProgress | null;

  @Field(() => Int, { nullable: true, description: 'Texts the last build had to embed (the others came from the disk cache).' })
  lastBuildEmbedded!: number | null;

  @Field(() => Float, { nullable: true })
  lastBuildSeconds!: number | null;
}
