// Who may read which analytics: an operator (ADMIN_API_KEY, where this subgraph has it set too) reads
// everyone's; a signed-in user their own operations; trending is public.
import { GraphQLError } from 'graphql';
import { userSubject } from '../../../lib/analytics/event.js';
import { errorExtensions } from '../../../lib/errors.js';
import { currentViewer } from '../../../lib/users/current-viewer.js';
import { ReportScope } from '../schema/report.type.js';

export interface ReportAccess {
  scope: ReportScope;
  /** The caller's pseudonymous id, for their own report. */
  subject?: string;
}

export function reportAccess(adminEnabled: boolean): ReportAccess {
  const viewer = currentViewer();
  if (adminEnabled && viewer?.admin) return { scope: ReportScope.ALL };
  if (viewer?.userId) return { scope: ReportScope.OWN, subject: userSubject(viewer.userId) };
  throw new GraphQLError('Sign in with an API key to read your analytics report (operators read everyone’s with ADMIN_API_KEY).', {
    extensions: errorExtensions('UNAUTHENTICATED'),
  });
}
