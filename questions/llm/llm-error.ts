// Why a call to the language model gave nothing usable, classified once in the chat client. The
// understanding falls back to the parser's with `message` as the warning; it is never a REST error.
export type LlmFailureKind = 'timeout' | 'unreachable' | 'http' | 'malformed' | 'breaker_open';

export class LlmError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    /** The model server is unwell (no answer, 5xx, garbled body): counted by the breaker. */
    readonly transient = true,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}
