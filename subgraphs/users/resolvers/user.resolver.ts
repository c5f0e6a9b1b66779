import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { apiKeyView } from '../domain/views.js';
import { ApiKey } from '../schema/api-key.type.js';
import { User } from '../schema/user.type.js';

@Resolver(() => User)
export class UserResolver {
  // A User is only ever answered to that user or an operator, so its keys are theirs to see.
  @FieldResolver(() => [ApiKey], { description: "The user's API keys, newest first, revoked ones included (never the keys themselves)." })
  async apiKeys(@Root() user: User, @Ctx() ctx: UsersContext): Promise<ApiKey[]> {
    return (await (await ctx.store()).apiKeys(user.id)).map(apiKeyView);
  }
}
