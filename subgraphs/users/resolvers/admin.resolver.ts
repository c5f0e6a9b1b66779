// The operator's mutations (ADMIN_API_KEY): users, their tiers, their deletion.
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { NotFoundError } from '../../../lib/errors.js';
import type { UsersContext } from '../context.js';
import { requireAdmin } from '../domain/access.js';
import { deleteWithKeys } from '../domain/deletion.js';
import { checkedId, checkedName } from '../domain/validate.js';
import { userView } from '../domain/views.js';
import { Tier } from '../schema/tier.enum.js';
import { UserDeletion } from '../schema/user-data.type.js';
import { User } from '../schema/user.type.js';

@Resolver()
export class AdminResolver {
  @Mutation(() => User, {
    description: 'Creates a user (operators only: ADMIN_API_KEY). Give them a key with createApiKey(name, userId).',
  })
  async createUser(
    @Arg('name', () => String, { description: "The user's name, 1 to 100 characters." }) name: string,
    @Arg('tier', () => Tier, { defaultValue: Tier.FREE, description: "The user's tier; FREE by default." }) tier: Tier,
    @Ctx() ctx: UsersContext,
  ): Promise<User> {
    requireAdmin('createUser', ctx.adminEnabled);
    return userView(await (await ctx.store()).createUser(checkedName(name, 'name'), tier));
  }

  @Mutation(() => User, { description: "Changes a user's tier, and with it their quotas, from their next request (operators only)." })
  async setTier(
    @Arg('userId', () => ID, { description: "The user's id." }) userId: string,
    @Arg('tier', () => Tier, { description: 'The new tier.' }) tier: Tier,
    @Ctx() ctx: UsersContext,
  ): Promise<User> {
    requireAdmin('setTier', ctx.adminEnabled);
    const row = await (await ctx.store()).setTier(checkedId(userId, 'userId'), tier);
    if (!row) throw new NotFoundError(`No user with id "${userId}".`);
    await ctx.announce.userChanged(row.id);
    return userView(row);
  }

  @Mutation(() => UserDeletion, { description: 'Deletes a user and every API key they had (operators only).' })
  async deleteUser(
    @Arg('userId', () => ID, { description: "The user's id." }) userId: string,
    @Ctx() ctx: UsersContext,
  ): Promise<UserDeletion> {
    requireAdmin('deleteUser', ctx.adminEnabled);
    const deletion = await deleteWithKeys(await ctx.store(), checkedId(userId, 'userId'));
    await ctx.announce.userChanged(deletion.userId);
    return deletion;
  }
}
