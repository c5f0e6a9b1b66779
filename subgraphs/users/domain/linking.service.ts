// Linking a platform account: the platform vouches for the token (and lists the account's anime),
// the token is sealed (AES-256-GCM) and stored with the list's taste. Syncing opens the token again,
// reads the list again and seals the token with the current key (which is how keys rotate).
// A token is never logged, never put in an error and never returned: every error that leaves here
// is checked for it.
import { GraphQLError } from 'graphql';
import { BadUserInputError, errorExtensions, NotFoundError } from '../../../lib/errors.js';
import { CredentialsError, type Credentials } from '../../../lib/users/credentials.js';
import type { LinkedAccountRow, LinkedAccountStore } from '../../../lib/users/linked-account-store.js';
import type { AccountReader, PlatformAccount } from '../../../lib/users/linked/platform-request.js';
import { LINKED_PLATFORM_NAMES, TokenRefusedError, type LinkedPlatform } from '../../../lib/users/linked/platform-request.js';
import { tasteOf } from '../../../lib/users/linked/taste.js';
import { ForbiddenError } from './access.js';

const MAX_TOKEN_LENGTH = 4096;
/** Printable ASCII without spaces: what OAuth access tokens are made of, and all a header may carry. */
const TOKEN = /^[\x21-\x7e]+$/;

/** The stored token no longer works: the user links the account again. */
export class RelinkRequiredError extends GraphQLError {
  constructor(platform: LinkedPlatform, why: string) {
    super(`${LINKED_PLATFORM_NAMES[platform]}: ${why}; link the account again with linkPlatformAccount.`, {
      extensions: errorExtensions('RELINK_REQUIRED', { source: platform }),
    });
  }
}

export interface LinkingDependencies {
  accounts(): Promise<LinkedAccountStore>;
  credentials: Credentials;
  readers: Record<LinkedPlatform, AccountReader>;
  clock?: () => Date;
}

/** What the token is sealed for: it opens only as this user's token on this platform. */
const sealedFor = (userId: string, platform: LinkedPlatform) => `anigraph:linked-account:${userId}:${platform}`;

export class LinkingService {
  constructor(private readonly deps: LinkingDependencies) {}

  async link(userId: string, platform: LinkedPlatform, token: string): Promise<LinkedAccountRow> {
    const { credentials } = this.deps;
    if (!credentials.canSeal) {
      throw new ForbiddenError('Linking platform accounts is off here: the operator has not set CREDENTIALS_KEY.');
    }
    const checked = checkedToken(token);
    const account = await this.read(platform, checked);
    const sealed = credentials.seal(checked, sealedFor(userId, platform));
    const store = await this.deps.accounts();
    return store.link({ userId, platform, ...identity(account), ...sealed, taste: { ...tasteOf(account.entries) }, syncedAt: this.now() });
  }

  async sync(userId: string, platform: LinkedPlatform): Promise<LinkedAccountRow> {
    const store = await this.deps.accounts();
    const row = await store.account(userId, platform);
    if (!row) throw new NotFoundError(`No ${LINKED_PLATFORM_NAMES[platform]} account is linked.`);
    let token: string;
    try {
      token = this.deps.credentials.open(row, sealedFor(userId, platform));
    } catch (error) {
      if (error instanceof CredentialsError)
        throw new RelinkRequiredError(platform, `the stored token cannot be opened (${error.message})`);
      throw error;
    }
    let account: PlatformAccount;
    try {
      account = await this.read(platform, token);
    } catch (error) {
      if (error instanceof TokenRefusedError) throw new RelinkRequiredError(platform, 'the platform no longer accepts the stored token');
      throw error;
    }
    if (account.accountId !== row.accountId) {
      throw new RelinkRequiredError(platform, 'the stored token now belongs to another account');
    }
    // Sealed again with CREDENTIALS_KEY: a token sealed with a previous key moves to the current one.
    const sealed = this.deps.credentials.canSeal ? this.deps.credentials.seal(token, sealedFor(userId, platform)) : row;
    const updated = await store.synced(userId, platform, {
      accountName: account.accountName,
      keyId: sealed.keyId,
      sealedToken: sealed.sealedToken,
      taste: { ...tasteOf(account.entries) },
      syncedAt: this.now(),
    });
    if (!updated) throw new NotFoundError(`No ${LINKED_PLATFORM_NAMES[platform]} account is linked.`);
    return updated;
  }

  async unlink(userId: string, platform: LinkedPlatform): Promise<LinkedAccountRow> {
    const removed = await (await this.deps.accounts()).unlink(userId, platform);
    if (!removed) throw new NotFoundError(`No ${LINKED_PLATFORM_NAMES[platform]} account is linked.`);
    return removed;
  }

  async accounts(userId: string): Promise<LinkedAccountRow[]> {
    return (await this.deps.accounts()).accounts(userId);
  }

  /** The account the token shows; any error is checked for the token before it leaves. */
  private async read(platform: LinkedPlatform, token: string): Promise<PlatformAccount> {
    try {
      return await this.deps.readers[platform](token);
    } catch (error) {
      throw withoutToken(error, token);
    }
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }
}

function identity(account: PlatformAccount): { accountId: string; accountName: string } {
  return { accountId: account.accountId.slice(0, 100), accountName: account.accountName.slice(0, 200) };
}

/** The token as given, trimmed; refused (without quoting it) when it cannot be an access token. */
function checkedToken(token: string): string {
  const trimmed = token.trim().replace(/^bearer\s+/i, '');
  if (!trimmed) throw new BadUserInputError('token must not be empty.', 'token');
  if (trimmed.length > MAX_TOKEN_LENGTH) {
    throw new BadUserInputError(`token must be at most ${MAX_TOKEN_LENGTH} characters (got ${trimmed.length}).`, 'token');
  }
  if (!TOKEN.test(trimmed)) throw new BadUserInputError('token must be printable ASCII without spaces (an OAuth access token).', 'token');
  return trimmed;
}

/** An error fit to leave: a GraphQL error whose message does not hold the token, or a masked unexpected one. */
function withoutToken(error: unknown, token: string): Error {
  if (error instanceof GraphQLError) {
    if (!error.message.includes(token)) return error;
    return new GraphQLError(error.message.replaceAll(token, '[token]'), { extensions: error.extensions });
  }
  // Not classified: a bug, whose message or cause may quote the request. Only its kind leaves.
  return new Error(`an unexpected ${(error as Error)?.name ?? 'error'} while reading the account`);
}
