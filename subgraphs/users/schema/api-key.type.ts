import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "One of a user's API keys, as its owner sees it: never the key itself, which is shown once when made." })
export class ApiKey {
  @Field(() => ID, { description: "The key's id (what revokeApiKey takes)." })
  id!: string;

  @Field(() => String, { description: 'The name its owner gave it ("laptop", "ci").' })
  name!: string;

  @Field(() => String, { description: 'Its first characters ("ag_3f9cK2Lq"), to tell keys apart.' })
  prefix!: string;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a request last used it; null when none has.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (it authenticates no more); null while it is live.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new API key: the key itself is in this answer only, so keep it now.' })
export class CreatedApiKey {
  @Field(() => String, {
    description: 'The key, to send as `Authorization: Bearer <key>`. Shown this once: AniGraph keeps only its hash.',
  })
  key!: string;

  @Field(() => ApiKey, { description: "The key's record, as it is listed from now on." })
  apiKey!: ApiKey;
}
