// Who owns an API key, remembered for a few seconds so that a request costs no database lookup; a
// revocation announced on any instance (lib/users/revocations.ts) drops the entry at once.
import { createHash } from 'node:crypto';
import type { KeyOwner } from '../../lib/users/user-store.js';
import type { Revocation } from '../../lib/users/revocations.js';

/** The longest a revoked key keeps working on an instance that missed the announcement. */
export const KEY_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  /** undefined: the key is unknown or revoked. */
  owner: KeyOwner | undefined;
  expires: number;
}

export class KeyCache {
  // Keyed by the key's hash: the key itself is never kept.
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly lookUp: (key: string) => Promise<KeyOwner | undefined>,
    private readonly ttlMs = KEY_CACHE_TTL_MS,
  ) {}

  async owner(key: string): Promise<KeyOwner | undefined> {
    const hash = createHash('sha256').update(key).digest('base64url');
    const now = Date.now();
    const cached = this.entries.get(hash);
    if (cached && cached.expires > now) return cached.owner;
    const owner = await this.lookUp(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, { owner, expires: now + this.ttlMs });
    return owner;
  }

  drop(revocation: Revocation): void {
    for (const [hash, entry] of this.entries) {
      const owner = entry.owner;
      if (!owner) continue;
      if (('keyId' in revocation && owner.keyId === revocation.keyId) || ('userId' in revocation && owner.userId === revocation.userId)) {
        this.entries.delete(hash);
      }
    }
  }
}
