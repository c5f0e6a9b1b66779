import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Preferences } from './preferences.type.js';
import { Tier } from './tier.enum.js';

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A user of AniGraph: who owns API keys, with a tier that sets their quotas. Seen only by the user and operators.',
})
export class User {
  @Field(() => ID, { description: "The user's id (a UUID)." })
  id!: string;

  @Field(() => String, { description: 'The name an operator gave the user.' })
  name!: string;

  @Field(() => Tier, { description: "The user's tier, which sets their quotas." })
  tier!: Tier;

  @Field(() => Date, { description: 'When the user was created.' })
  createdAt!: Date;

  @Field(() => Preferences, { description: 'What the user likes and avoids.' })
  preferences!: Preferences;
}
