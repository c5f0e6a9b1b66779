import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { Usage } from '../schema/usage.type.js';
import { User } from '../schema/user.type.js';

@Resolver(() => User)
export class UsageResolver {
  // A User is only answered to that user or an operator: their usage is theirs to see.
  @FieldResolver(() => Usage, { description: "The user's use of their daily quotas, and the limits of their tier." })
  async usage(@Root() user: User, @Ctx() ctx: UsersContext): Promise<Usage> {
    const subject = `user:${user.id}`;
    const [queries, enhanced] = await Promise.all([
      ctx.quotas().used('queries', subject, user.tier),
      ctx.quotas().used('enhanced', subject, user.tier),
    ]);
    const resetSeconds = queries.resetSeconds ?? enhanced.resetSeconds;
    return {
      today: { queries: queries.used, enhanced: enhanced.used },
      limits: { queries: queries.limit, enhanced: enhanced.limit },
      resetsAt: resetSeconds === null ? null : new Date(Date.now() + resetSeconds * 1000),
    };
  }
}
