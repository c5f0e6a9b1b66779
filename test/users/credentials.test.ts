// Linked accounts' tokens sealed with AES-256-GCM: what was sealed opens, for the same account only;
// any change to the IV, the ciphertext or the tag is detected; keys rotate through
// CREDENTIALS_PREVIOUS_KEYS; and no error says the token.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { Credentials, CredentialsError, keyIdOf } from '../../lib/users/credentials.js';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.a-token-that-must-stay-secret-1f2e3d';
const FOR_ANN = 'anigraph:linked-account:ann:ANILIST';
const newKey = () => randomBytes(32).toString('base64');

/** The error `open` throws; fails the test when it opens. */
function refusal(credentials: Credentials, sealed: { keyId: string; sealedToken: string }, context = FOR_ANN): CredentialsError {
  try {
    credentials.open(sealed, context);
  } catch (error) {
    expect(error).toBeInstanceOf(CredentialsError);
    expect(String((error as Error).message)).not.toContain(TOKEN);
    expect(String((error as Error).message)).not.toContain(sealed.sealedToken);
    return error as CredentialsError;
  }
  throw new Error('the sealed token opened');
}

/** `sealed` with one bit of its part `index` (0: IV, 1: ciphertext, 2: tag) flipped. */
function flipped(sealedToken: string, index: number): string {
  const parts = sealedToken.split('.');
  const bytes = Buffer.from(parts[index], 'base64url');
  bytes[bytes.length - 1] ^= 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('sealed tokens (AES-256-GCM)', () => {
  const key = newKey();
  const credentials = new Credentials(key);

  it('open to the token they sealed, and hold neither the token nor anything that reads as it', () => {
    const sealed = credentials.seal(TOKEN, FOR_ANN);
    expect(sealed.keyId).toBe(keyIdOf(Buffer.from(key, 'base64')));
    expect(sealed.keyId).toMatch(/^[0-9a-f]{16}$/);
    const [iv, ciphertext, tag] = sealed.sealedToken.split('.').map((part) => Buffer.from(part, 'base64url'));
    expect([iv.length, ciphertext.length, tag.length]).toEqual([12, Buffer.byteLength(TOKEN), 16]);
    expect(sealed.sealedToken).not.toContain(TOKEN);
    expect(Buffer.from(sealed.sealedToken.split('.')[1], 'base64url').toString('utf8')).not.toContain('secret');
    expect(credentials.open(sealed, FOR_ANN)).toBe(TOKEN);
  });

  it('use a new random IV each time: the same token never seals the same way twice', () => {
    const sealings = new Set(Array.from({ length: 20 }, () => credentials.seal(TOKEN, FOR_ANN).sealedToken));
    expect(sealings.size).toBe(20);
    expect(new Set([...sealings].map((s) => s.split('.')[0])).size).toBe(20);
  });

  it.each([
    ['the IV', 0],
    ['the ciphertext', 1],
    ['the tag', 2],
  ])('detect a change to %s', (_part, index) => {
    const sealed = credentials.seal(TOKEN, FOR_ANN);
    const error = refusal(credentials, { ...sealed, sealedToken: flipped(sealed.sealedToken, index) });
    expect(error.message).toMatch(/integrity check/);
  });

  it('refuse a truncated or reshaped token', () => {
    const sealed = credentials.seal(TOKEN, FOR_ANN);
    const [iv, ciphertext, tag] = sealed.sealedToken.split('.');
    expect(refusal(credentials, { ...sealed, sealedToken: `${iv}.${ciphertext}.${tag.slice(0, 10)}` }).message).toMatch(/malformed/);
    expect(refusal(credentials, { ...sealed, sealedToken: `${iv}.${ciphertext}` }).message).toMatch(/malformed/);
    expect(refusal(credentials, { ...sealed, sealedToken: `${iv}.${ciphertext.slice(0, -4)}.${tag}` }).message).toMatch(/integrity/);
  });

  it("open only for the account they were sealed for: another user's row cannot take them", () => {
    const sealed = credentials.seal(TOKEN, FOR_ANN);
    expect(refusal(credentials, sealed, 'anigraph:linked-account:ben:ANILIST').message).toMatch(/another account/);
    expect(refusal(credentials, sealed, 'anigraph:linked-account:ann:MYANIMELIST').message).toMatch(/integrity/);
  });

  it('refuse a token sealed by another key of the same id', () => {
    const sealed = credentials.seal(TOKEN, FOR_ANN);
    const impostor = new Credentials(newKey());
    // The same key id, another key: as if the id were forged.
    expect(refusal(impostor, { ...sealed, keyId: impostor.currentKeyId! }).message).toMatch(/integrity/);
  });
});

describe('key rotation', () => {
  it('opens what an older key sealed once that key is among CREDENTIALS_PREVIOUS_KEYS, and seals new tokens with the current key', () => {
    const [oldKey, newerKey] = [newKey(), newKey()];
    const sealedBefore = new Credentials(oldKey).seal(TOKEN, FOR_ANN);

    const config = loadConfig({ CREDENTIALS_KEY: newerKey, CREDENTIALS_PREVIOUS_KEYS: ` ${oldKey} , ${newKey()}` });
    const rotated = new Credentials(config.CREDENTIALS_KEY, config.CREDENTIALS_PREVIOUS_KEYS);
    expect(rotated.open(sealedBefore, FOR_ANN)).toBe(TOKEN);
    const sealedAfter = rotated.seal(TOKEN, FOR_ANN);
    expect(sealedAfter.keyId).toBe(keyIdOf(Buffer.from(newerKey, 'base64')));
    expect(sealedAfter.keyId).not.toBe(sealedBefore.keyId);

    // Once the old key is gone, what it sealed says which key it needs, and nothing more.
    const error = refusal(new Credentials(newerKey), sealedBefore);
    expect(error.message).toContain(sealedBefore.keyId);
    expect(error.message).toMatch(/neither CREDENTIALS_KEY nor one of CREDENTIALS_PREVIOUS_KEYS/);
  });

  it('seals nothing without CREDENTIALS_KEY, but still opens with the previous keys', () => {
    const oldKey = newKey();
    const sealed = new Credentials(oldKey).seal(TOKEN, FOR_ANN);
    const readOnly = new Credentials(undefined, [oldKey]);
    expect(readOnly.canSeal).toBe(false);
    expect(() => readOnly.seal(TOKEN, FOR_ANN)).toThrow(CredentialsError);
    expect(readOnly.open(sealed, FOR_ANN)).toBe(TOKEN);
  });

  it('takes only 32-byte base64 keys from the environment', () => {
    expect(() => loadConfig({ CREDENTIALS_KEY: randomBytes(16).toString('base64') })).toThrow(/CREDENTIALS_KEY: expected 32 bytes/);
    expect(() => loadConfig({ CREDENTIALS_PREVIOUS_KEYS: `${newKey()},short` })).toThrow(/CREDENTIALS_PREVIOUS_KEYS/);
  });
});
