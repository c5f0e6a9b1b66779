import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The catalog's Anime, as trending names it (the catalog resolves the rest). Its description is the catalog's, word
 * for word, so that composition finds one description, not two.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  description: 'An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it.',
})
export class Anime {
  @Field(() => ID, {
    description:
      'Stable AniGraph id: the prefix and id of the most preferred site that lists it ("mal-1" for MyAnimeList, else "anilist-…", "kitsu-…", "anidb-…" and so on), or "aod-" and a hash of its sources when none does.',
  })
  id!: string;
}
