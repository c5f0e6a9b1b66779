import type { UsersContext } from '../context.js';
import { callerOf } from '../domain/access.js';
import { isId } from '../domain/validate.js';
import { userView } from '../domain/views.js';
import type { User } from '../schema/user.type.js';

/** Resolves `User` entities by id for the gateway, only for that user or an operator: null for anyone else. */
export const userReference = {
  User: {
    async __resolveReference(reference: { id: string }, ctx: UsersContext): Promise<User | null> {
      const caller = callerOf(ctx.adminEnabled);
      if (!isId(reference.id) || !(caller.admin || caller.userId === reference.id)) return null;
      const row = await (await ctx.store()).user(reference.id);
      return row ? userView(row) : null;
    },
  },
};
