// Who may do what in the users subgraph. The caller is the viewer the gateway authenticated (in this
// process) or signed (VIEWER_HEADER, verified by the subgraph's server): a user acts on their own data,
// an operator (ADMIN_API_KEY) on anyone's — and only where this subgraph has ADMIN_API_KEY set too.
import { GraphQLError } from 'graphql';
import { BadUserInputError, errorExtensions } from '../../../lib/errors.js';
import { currentViewer } from '../../../lib/users/current-viewer.js';

export class UnauthenticatedError extends GraphQLError {
  constructor(field: string) {
    super(`Sign in with an API key to use ${field}.`, { extensions: errorExtensions('UNAUTHENTICATED') });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: errorExtensions('FORBIDDEN') });
  }
}

export interface Caller {
  /** The signed-in user; null for an anonymous caller or an operator without a user. */
  userId: string | null;
  admin: boolean;
}

/** The caller of the request being served. */
export function callerOf(adminEnabled: boolean): Caller {
  const viewer = currentViewer();
  return { userId: viewer?.userId ?? null, admin: adminEnabled && viewer?.admin === true };
}

/** Refuses anyone but an operator. */
export function requireAdmin(field: string, adminEnabled: boolean): void {
  if (!callerOf(adminEnabled).admin) throw new ForbiddenError(`${field} is for operators: send ADMIN_API_KEY.`);
}

/** The signed-in user's id; refuses an anonymous caller. */
export function requireUser(field: string, adminEnabled: boolean): string {
  const { userId } = callerOf(adminEnabled);
  if (!userId) throw new UnauthenticatedError(field);
  return userId;
}

/** The user a field acts for: the caller, or the one `userId` names (an operator's, or the caller's own). */
export function actingFor(field: string, userId: string | null | undefined, adminEnabled: boolean): string {
  const caller = callerOf(adminEnabled);
  if (userId == null) {
    if (caller.userId) return caller.userId;
    if (caller.admin) throw new BadUserInputError(`${field} needs userId when an operator calls it.`, 'userId');
    throw new UnauthenticatedError(field);
  }
  if (caller.admin || caller.userId === userId) return userId;
  if (!caller.userId) throw new UnauthenticatedError(field);
  throw new ForbiddenError(`${field} acts on another user only for operators: send ADMIN_API_KEY.`);
}
