import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a user likes and avoids, as they set it (setPreferences).' })
export class Preferences {
  @Field(() => [String], { description: 'Catalog tags the user likes, lower case ("mecha", "slice of life").' })
  favouriteTags!: string[];

  @Field(() => [String], { description: 'Studios the user likes, as the catalog names them ("Sunrise").' })
  favouriteStudios!: string[];

  @Field(() => [String], { description: 'Catalog tags the user wants to avoid, lower case.' })
  excludedTags!: string[];
}

@InputType({
  description:
    'Changes to the preferences: a list given replaces that list (an empty one clears it), a list left out stays as it is. At most 100 entries per list, each 1 to 100 characters; a tag cannot be both a favourite and excluded.',
})
export class PreferencesInput {
  @Field(() => [String], { nullable: true, description: 'Catalog tags the user likes (case-insensitive; kept in lower case).' })
  favouriteTags?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Studios the user likes, as the catalog names them.' })
  favouriteStudios?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Catalog tags the user wants to avoid (case-insensitive; kept in lower case).' })
  excludedTags?: string[] | null;
}
