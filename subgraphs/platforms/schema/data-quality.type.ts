// The catalog's DataQuality, extended with where the live platforms disagree with the catalog. Its
// description (the type's and its key's) is the catalog subgraph's, word for word.
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AnimeStatus, AnimeType } from '../../../lib/anime-kinds.js';
import { PlatformId } from './anime.type.js';
import { ExternalPlatform } from './enums.js';

@ObjectType({ description: 'What one platform says about a fact of an anime.' })
export class PlatformValue {
  @Field(() => ExternalPlatform, { description: 'The platform.' })
  platform!: ExternalPlatform;

  @Field(() => String, {
    description: 'Its value in the catalog\'s terms: a number for episodes and year, an AnimeType or AnimeStatus name ("TV", "FINISHED").',
  })
  value!: string;
}

@ObjectType({ description: 'A fact of an anime on which the catalog and the platforms (or the platforms among themselves) disagree.' })
export class DataConflict {
  @Field(() => String, { description: 'The fact: "episodes", "year", "type" or "status".' })
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: "The catalog's value, written as the platforms' are; null when the catalog does not know it (0 episodes, UNKNOWN).",
  })
  catalogValue!: string | null;

  @Field(() => [PlatformValue], { description: 'What each platform with a cached answer says (platforms that do not say are left out).' })
  values!: PlatformValue[];
}

@Directive('@key(fields: "animeId")')
@ObjectType({
  description:
    "How complete and how consistent an anime's data is: `score` and `missing` from the catalog's record, `conflicts` from the " +
    'live platforms (their answers already cached; no platform is asked for it).',
})
export class DataQuality {
  @Field(() => ID)
  animeId!: string;

  @Directive('@external')
  @Field(() => Int)
  catalogEpisodes!: number;

  @Directive('@external')
  @Field(() => Int, { nullable: true })
  catalogYear!: number | null;

  @Directive('@external')
  @Field(() => AnimeType)
  catalogType!: AnimeType;

  @Directive('@external')
  @Field(() => AnimeStatus)
  catalogStatus!: AnimeStatus;

  @Directive('@external')
  @Field(() => [PlatformId])
  platformIds!: PlatformId[];
}

/** What the gateway sends for a DataQuality: its key and the catalog's facts that `conflicts` requires. */
export interface DataQualityRepresentation {
  animeId: string;
  catalogEpisodes: number;
  catalogYear: number | null;
  catalogType: string;
  catalogStatus: string;
  platformIds?: { platform: string; id: string }[];
}
