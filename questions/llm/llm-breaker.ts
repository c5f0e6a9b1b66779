// One circuit breaker (opossum) for the language model (LLM_BREAKER): after `failures` failed calls in a
// row it opens, so requests fall back to the parser at once instead of each waiting LLM_TIMEOUT_MS on a
// dead server; after `resetMs` one call may try again. lib/platforms/breaker.ts is not reused: its error
// filter counts only PlatformErrors, which are bound to the external platforms' names.
import CircuitBreaker from 'opossum';
import type { BreakerSettings } from '../../lib/platforms/breaker.js';
import { LlmError } from './llm-error.js';

export class LlmBreaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private consecutive = 0;
  private openedAt = 0;

  private readonly failures: number;
  private readonly resetMs: number;

  constructor({ failures, resetMs }: BreakerSettings) {
    this.failures = failures;
    this.resetMs = resetMs;
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      // The client has its own timeout; the breaker only counts failures in a row.
      timeout: false,
      errorThresholdPercentage: 100,
      resetTimeout: resetMs,
      errorFilter: (error: unknown) => error instanceof LlmError && !error.transient,
    });
    this.breaker.on('success', () => (this.consecutive = 0));
    this.breaker.on('failure', () => {
      if (++this.consecutive >= this.failures) this.breaker.open();
    });
    this.breaker.on('open', () => (this.openedAt = Date.now()));
    this.breaker.on('close', () => (this.consecutive = 0));
  }

  /** Runs `call`, or fails at once with an LlmError('breaker_open') while the breaker is open. */
  async fire<T>(call: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(call)) as T;
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== 'EOPENBREAKER') throw error;
      const seconds = Math.max(0, Math.ceil((this.openedAt + this.resetMs - Date.now()) / 1000));
      throw new LlmError('breaker_open', `the language model failed ${this.failures} times in a row; not called for ${seconds} s more`);
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
