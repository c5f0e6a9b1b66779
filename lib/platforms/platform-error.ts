// A platform's failure, classified once where it happens (the client's request function) and
// carried to GraphQL as is: `extensions.code` says what went wrong, `extensions.source` where.
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../error-codes.js';
import { EXTERNAL_PLATFORM_NAMES, type ExternalPlatform } from './external-platforms.js';

export type PlatformErrorCode = Extract<ErrorCode, 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_RATE_LIMITED' | 'UPSTREAM_TIMEOUT' | 'NOT_FOUND'>;

export interface PlatformErrorDetails {
  /** HTTP status the platform answered with, if it answered. */
  status?: number;
  /** When the platform asked to wait (429 Retry-After), or the breaker will let a request through again. */
  retryAfterSeconds?: number;
}

interface Classification extends PlatformErrorDetails {
  /** The platform is unwell (5xx, timeout, refused, garbled answer): retried, and counted by its breaker. */
  transient?: boolean;
}

export class PlatformError extends GraphQLError {
  readonly code: PlatformErrorCode;
  readonly platform: ExternalPlatform;
  readonly details: PlatformErrorDetails;
  readonly transient: boolean;

  constructor(source: ExternalPlatform, code: PlatformErrorCode, message: string, { transient = false, ...details }: Classification = {}) {
    super(`${EXTERNAL_PLATFORM_NAMES[source]}: ${message}`, { extensions: { code, source, ...definedOnly(details) } });
    this.code = code;
    this.platform = source;
    this.details = details;
    this.transient = transient;
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}

function definedOnly(details: PlatformErrorDetails): Record<string, number> {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as Record<string, number>;
}
