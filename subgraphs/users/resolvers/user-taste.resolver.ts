// A user's linked accounts and their merged taste: seen only by the user and operators, as User is.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { linkedAccountView, mergedTaste } from '../domain/taste.js';
import { LinkedAccount } from '../schema/linked-account.type.js';
import { Taste } from '../schema/taste.type.js';
import { User } from '../schema/user.type.js';

@Resolver(() => User)
export class UserTasteResolver {
  @FieldResolver(() => [LinkedAccount], { description: "The user's linked AniList and MyAnimeList accounts (never their tokens)." })
  async linkedAccounts(@Root() user: User, @Ctx() ctx: UsersContext): Promise<LinkedAccount[]> {
    return (await ctx.linking.accounts(user.id)).map(linkedAccountView);
  }

  @FieldResolver(() => Taste, {
    description: "The user's preferences merged with their linked accounts' lists: what recommendations without `liked` use for them.",
  })
  async taste(@Root() user: User, @Ctx() ctx: UsersContext): Promise<Taste> {
    return mergedTaste(user.preferences, await ctx.linking.accounts(user.id));
  }
}
