import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { callerOf, requireAdmin } from '../domain/access.js';
import { checkedId } from '../domain/validate.js';
import { userView } from '../domain/views.js';
import { User } from '../schema/user.type.js';

@Resolver()
export class ViewerResolver {
  @Query(() => User, {
    nullable: true,
    description: 'The user whose API key the request carries; null for an anonymous caller (or an operator key, which belongs to no user).',
  })
  async viewer(@Ctx() ctx: UsersContext): Promise<User | null> {
    const { userId } = callerOf(ctx.adminEnabled);
    if (!userId) return null;
    const row = await (await ctx.store()).user(userId);
    return row ? userView(row) : null;
  }

  @Query(() => User, {
    nullable: true,
    description: 'A user by id, for operators (ADMIN_API_KEY; FORBIDDEN otherwise); null when there is none.',
  })
  async user(@Arg('id', () => ID, { description: "The user's id." }) id: string, @Ctx() ctx: UsersContext): Promise<User | null> {
    requireAdmin('user', ctx.adminEnabled);
    const row = await (await ctx.store()).user(checkedId(id, 'id'));
    return row ? userView(row) : null;
  }
}
