// Linked accounts' tokens sealed at rest: AES-256-GCM (node:crypto) with a random 12-byte IV and the
// 16-byte tag, bound to the account it was sealed for (additional authenticated data). Each sealed
// token records the id of the key that sealed it, so that CREDENTIALS_KEY can rotate: new tokens are
// sealed with it, older ones are still opened with the CREDENTIALS_PREVIOUS_KEYS they name.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedToken {
  /** Which key sealed it (keyIdOf). */
  keyId: string;
  /** IV, ciphertext and tag, each base64url, joined by dots. */
  sealedToken: string;
}

/** Why a sealed token cannot be opened. Its message never carries the token, sealed or not. */
export class CredentialsError extends Error {}

/** A short id of a key: the first 16 hex digits of its SHA-256, which tells keys apart and reveals nothing usable of it. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export class Credentials {
  private readonly keys = new Map<string, Buffer>();
  private readonly current: { id: string; key: Buffer } | undefined;

  /** `current` and `previous` in base64 (lib/config.ts has checked that each is 32 bytes). */
  constructor(current: string | undefined, previous: readonly string[] = []) {
    if (current) {
      const key = Buffer.from(current, 'base64');
      this.current = { id: keyIdOf(key), key };
      this.keys.set(this.current.id, key);
    }
    for (const text of previous) {
      const key = Buffer.from(text, 'base64');
      if (!this.keys.has(keyIdOf(key))) this.keys.set(keyIdOf(key), key);
    }
  }

  /** Whether tokens can be sealed: CREDENTIALS_KEY is set. */
  get canSeal(): boolean {
    return this.current !== undefined;
  }

  /** The id of CREDENTIALS_KEY, if set. */
  get currentKeyId(): string | undefined {
    return this.current?.id;
  }

  /** Seals `token` for `context` (who and where it belongs to): it opens only for the same context. */
  seal(token: string, context: string): SealedToken {
    if (!this.current) throw new CredentialsError('No CREDENTIALS_KEY is set: tokens cannot be sealed.');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    const parts = [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
    return { keyId: this.current.id, sealedToken: parts.join('.') };
  }

  /** The token `sealed` holds; CredentialsError when its key is unknown here or it was altered (or sealed for another context). */
  open({ keyId, sealedToken }: SealedToken, context: string): string {
    const key = this.keys.get(keyId);
    if (!key) {
      throw new CredentialsError(
        `The token was sealed with key ${keyId}, which is neither CREDENTIALS_KEY nor one of CREDENTIALS_PREVIOUS_KEYS.`,
      );
    }
    const parts = sealedToken.split('.');
    const [iv, ciphertext, tag] = parts.map((part) => Buffer.from(part, 'base64url'));
    if (parts.length !== 3 || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
      throw new CredentialsError('The sealed token is malformed (expected IV, ciphertext and tag).');
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      // GCM's tag check: any change to the IV, the ciphertext, the tag or the context fails here.
      throw new CredentialsError('The sealed token failed its integrity check: it was altered, or sealed for another account.');
    }
  }
}
