import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The platforms a user can link an account of (the values of the database's linked_platform). */
export enum LinkedPlatform {
  ANILIST = 'ANILIST',
  MYANIMELIST = 'MYANIMELIST',
}

registerEnumType(LinkedPlatform, {
  name: 'LinkedPlatform',
  description: 'A platform whose account a user can link (linkPlatformAccount), so that its anime list informs their recommendations.',
  valuesConfig: {
    ANILIST: { description: 'AniList (anilist.co): an access token of its API v2 (OAuth).' },
    MYANIMELIST: { description: "MyAnimeList (myanimelist.net): an access token of MyAnimeList's API v2 (OAuth)." },
  },
});

@ObjectType({ description: "What one linked account's anime list says of its owner." })
export class AccountTaste {
  @Field(() => [String], {
    description: 'Genres and tags of the anime they scored above their mean (and finished), best first, lower case.',
  })
  favouriteTags!: string[];

  @Field(() => [String], { description: 'Studios of the anime they scored above their mean, best first, lower case.' })
  favouriteStudios!: string[];

  @Field(() => Float, { nullable: true, description: 'The mean of their scores, from 0 to 100; null when they scored nothing.' })
  meanScore!: number | null;

  @Field(() => Int, { description: 'How many anime on the list they scored.' })
  scored!: number;

  @Field(() => Int, { description: 'How many anime on the list they completed.' })
  completed!: number;

  @Field(() => Int, { description: 'How many anime the list holds (planned ones included).' })
  entries!: number;
}

@ObjectType({
  description: "A user's account on AniList or MyAnimeList, linked with its token. The token is kept sealed and is never returned.",
})
export class LinkedAccount {
  @Field(() => LinkedPlatform, { description: 'The platform.' })
  platform!: LinkedPlatform;

  @Field(() => String, { description: "The account's id on the platform." })
  accountId!: string;

  @Field(() => String, { description: "The account's name on the platform." })
  accountName!: string;

  @Field(() => Date, { description: 'When the account was linked (last linked, when linked again).' })
  linkedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its anime list was last read (at linking, and at each syncPlatformAccount).' })
  syncedAt!: Date | null;

  @Field(() => AccountTaste, { description: 'What its anime list says of the user, as last read.' })
  taste!: AccountTaste;
}
