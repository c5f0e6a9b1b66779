// What a signed-in user does with their own data: preferences, an export, and deleting it all.
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { NotFoundError } from '../../../lib/errors.js';
import type { UsersContext } from '../context.js';
import { requireUser } from '../domain/access.js';
import { deleteWithKeys } from '../domain/deletion.js';
import { preferencesOf, updatedPreferences } from '../domain/preferences.js';
import { linkedAccountView } from '../domain/taste.js';
import { apiKeyView, userView } from '../domain/views.js';
import { webhookView } from '../domain/webhooks.js';
import { PreferencesInput } from '../schema/preferences.type.js';
import { UserDataExport, UserDeletion } from '../schema/user-data.type.js';
import { User } from '../schema/user.type.js';

@Resolver()
export class MyDataResolver {
  @Mutation(() => User, { description: "Changes the caller's preferences; the lists left out stay as they are." })
  async setPreferences(
    @Arg('input', () => PreferencesInput, { description: 'The lists to replace.' }) input: PreferencesInput,
    @Ctx() ctx: UsersContext,
  ): Promise<User> {
    const userId = requireUser('setPreferences', ctx.adminEnabled);
    const store = await ctx.store();
    const current = await store.user(userId);
    if (!current) throw new NotFoundError('The user of this API key no longer exists.');
    const updated = await store.setPreferences(userId, { ...updatedPreferences(preferencesOf(current.preferences), input) });
    if (!updated) throw new NotFoundError('The user of this API key no longer exists.');
    return userView(updated);
  }

  @Mutation(() => UserDataExport, {
    description:
      'Everything AniGraph keeps about the caller: their record, preferences, key records (never a key) and linked accounts (never a token).',
  })
  async exportMyData(@Ctx() ctx: UsersContext): Promise<UserDataExport> {
    const userId = requireUser('exportMyData', ctx.adminEnabled);
    const store = await ctx.store();
    const row = await store.user(userId);
    if (!row) throw new NotFoundError('The user of this API key no longer exists.');
    const user = userView(row);
    const apiKeys = (await store.apiKeys(userId)).map(apiKeyView);
    // Linked accounts as their owner sees them, with the taste read from their lists: never a token, sealed or not.
    const linkedAccounts = (await ctx.linking.accounts(userId)).map((row) => ({ ...linkedAccountView(row), taste: row.taste }));
    // Webhooks with their URLs, events and filters: never their signing secrets.
    const webhooks = (await (await ctx.webhooks()).list(userId)).map(webhookView);
    const exportedAt = new Date();
    return { exportedAt, user, document: JSON.stringify({ exportedAt, user, apiKeys, linkedAccounts, webhooks }, null, 2) };
  }

  @Mutation(() => UserDeletion, {
    description: 'Deletes the caller and all their data, API keys included: the key of this request stops working at once.',
  })
  async deleteMyData(@Ctx() ctx: UsersContext): Promise<UserDeletion> {
    const userId = requireUser('deleteMyData', ctx.adminEnabled);
    const deletion = await deleteWithKeys(await ctx.store(), userId);
    await ctx.announce.userChanged(userId);
    return deletion;
  }
}
