// A signed-in user links, syncs and unlinks their AniList and MyAnimeList accounts.
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { requireUser } from '../domain/access.js';
import { linkedAccountView } from '../domain/taste.js';
import { LinkedAccount, LinkedPlatform } from '../schema/linked-account.type.js';
import { NotFoundError } from '../../../lib/errors.js';

@Resolver()
export class LinkingResolver {
  @Mutation(() => LinkedAccount, {
    description:
      "Links the caller's account on a platform: the platform must accept the token (AniList's Viewer, MyAnimeList's users/@me), " +
      "then the account's anime list is read into their taste. The token is stored sealed (AES-256-GCM) and never returned. " +
      'A token the platform refuses fails with BAD_USER_INPUT (extensions.source names the platform) and nothing is stored; ' +
      'FORBIDDEN when the operator has not set CREDENTIALS_KEY. Linking a platform again replaces its account.',
  })
  async linkPlatformAccount(
    @Arg('platform', () => LinkedPlatform, { description: 'The platform of the account.' }) platform: LinkedPlatform,
    @Arg('token', () => String, { description: "An OAuth access token of the account, for the platform's API v2." }) token: string,
    @Ctx() ctx: UsersContext,
  ): Promise<LinkedAccount> {
    const userId = requireUser('linkPlatformAccount', ctx.adminEnabled);
    if (!(await (await ctx.store()).user(userId))) throw new NotFoundError('The user of this API key no longer exists.');
    return linkedAccountView(await ctx.linking.link(userId, platform, token));
  }

  @Mutation(() => LinkedAccount, {
    description:
      "Reads the linked account's anime list again with its stored token (and seals the token with the current key). " +
      'RELINK_REQUIRED when the platform no longer accepts the token, or it can no longer be opened; NOT_FOUND when none is linked.',
  })
  async syncPlatformAccount(
    @Arg('platform', () => LinkedPlatform, { description: 'The platform of the linked account.' }) platform: LinkedPlatform,
    @Ctx() ctx: UsersContext,
  ): Promise<LinkedAccount> {
    const userId = requireUser('syncPlatformAccount', ctx.adminEnabled);
    return linkedAccountView(await ctx.linking.sync(userId, platform));
  }

  @Mutation(() => LinkedAccount, {
    description:
      'Unlinks the account: its sealed token and its taste are deleted. Answers the account as it was; NOT_FOUND when none is linked.',
  })
  async unlinkPlatformAccount(
    @Arg('platform', () => LinkedPlatform, { description: 'The platform of the linked account.' }) platform: LinkedPlatform,
    @Ctx() ctx: UsersContext,
  ): Promise<LinkedAccount> {
    const userId = requireUser('unlinkPlatformAccount', ctx.adminEnabled);
    return linkedAccountView(await ctx.linking.unlink(userId, platform));
  }
}
