import { NotFoundError } from '../../../lib/errors.js';
import type { UserStore } from '../../../lib/users/user-store.js';
import type { UserDeletion } from '../schema/user-data.type.js';

/** Deletes the user (their keys go with them); NOT_FOUND when there is no such user. */
export async function deleteWithKeys(store: UserStore, userId: string): Promise<UserDeletion> {
  const keys = await store.apiKeys(userId);
  if (!(await store.deleteUser(userId))) throw new NotFoundError(`No user with id "${userId}".`);
  return { userId, deletedApiKeys: keys.length };
}
