import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from './user.type.js';

@ObjectType({ description: 'Everything AniGraph keeps about the user (exportMyData): never a key or its hash.' })
export class UserDataExport {
  @Field(() => Date, { description: 'When the export was made.' })
  exportedAt!: Date;

  @Field(() => User, { description: 'The user, with their preferences and the records of their API keys.' })
  user!: User;

  @Field(() => String, { description: 'The same data as one JSON document, to save as a file.' })
  document!: string;
}

@ObjectType({ description: 'A user deleted, with every API key they had.' })
export class UserDeletion {
  @Field(() => ID, { description: 'The id the user had.' })
  userId!: string;

  @Field(() => Int, { description: 'How many API keys (live or revoked) were deleted with the user.' })
  deletedApiKeys!: number;
}
