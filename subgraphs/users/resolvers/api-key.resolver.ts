// A user's API keys: made (the key shown once) and revoked, by their owner or an operator.
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { NotFoundError } from '../../../lib/errors.js';
import type { UsersContext } from '../context.js';
import { actingFor } from '../domain/access.js';
import { checkedId, checkedName } from '../domain/validate.js';
import { apiKeyView } from '../domain/views.js';
import { ApiKey, CreatedApiKey } from '../schema/api-key.type.js';

const FOR_USER = 'The user the key is for; only an operator (ADMIN_API_KEY) names another user. The caller by default.';

@Resolver()
export class ApiKeyResolver {
  @Mutation(() => CreatedApiKey, {
    description:
      'Makes an API key for the caller, or (operators) for the user `userId` names: the key is in this answer only; AniGraph keeps its hash and prefix.',
  })
  async createApiKey(
    @Arg('name', () => String, { description: 'A name to tell the key apart ("laptop", "ci"), 1 to 100 characters.' }) name: string,
    @Arg('userId', () => ID, { nullable: true, description: FOR_USER }) userId: string | null,
    @Ctx() ctx: UsersContext,
  ): Promise<CreatedApiKey> {
    const owner = actingFor('createApiKey', userId == null ? null : checkedId(userId, 'userId'), ctx.adminEnabled);
    const keyName = checkedName(name, 'name');
    const store = await ctx.store();
    if (!(await store.user(owner))) throw new NotFoundError(`No user with id "${owner}".`);
    const { key, record } = await store.createApiKey(owner, keyName);
    return { key, apiKey: apiKeyView(record) };
  }

  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once: it authenticates no more. NOT_FOUND when there is no such live key.',
  })
  async revokeApiKey(
    @Arg('id', () => ID, { description: "The key's id (ApiKey.id)." }) id: string,
    @Arg('userId', () => ID, {
      nullable: true,
      description: "The key's owner; only an operator (ADMIN_API_KEY) names another user. The caller by default.",
    })
    userId: string | null,
    @Ctx() ctx: UsersContext,
  ): Promise<ApiKey> {
    const owner = actingFor('revokeApiKey', userId == null ? null : checkedId(userId, 'userId'), ctx.adminEnabled);
    const revoked = await (await ctx.store()).revokeApiKey(owner, checkedId(id, 'id'));
    if (!revoked) throw new NotFoundError(`No live API key with id "${id}".`);
    await ctx.announce.keyRevoked(revoked.id);
    return apiKeyView(revoked);
  }
}
