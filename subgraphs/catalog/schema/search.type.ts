import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';

@ObjectType({ description: 'The signals a hit was ranked by.' })
export class SearchScoreComponents {
  @Field(() => Float, { description: 'Word match (BM25) over titles and synonyms, 1 for the best candidate.' })
  lexical!: number;

  @Field(() => Float, { description: 'Similarity of the query to the best-matching title or synonym (0-1).' })
  title!: number;

  @Field(() => Float, { description: 'Prior from the catalog alone: sites listing it, its score, its type (0-1).' })
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

  @Field(() => [String], { description: 'Fields whose words matched: title, synonyms.' })
  matchedFields!: string[];

  @Field(() => SearchScoreComponents)
  components!: SearchScoreComponents;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit])
  hits!: SearchHit[];

  @Field(() => Int, { description: 'How many anime matched the query and the filter in all.' })
  totalCount!: number;
}
