// A zod failure as the REST error body's 422: one line for people, the issues for programs.
import type { z } from 'zod';
import { RestError } from './errors.js';

const MAX_ISSUES = 20;

/** `subject` names what was invalid: the body, or the query string of a GET route. */
export function validationError(error: z.ZodError, subject = 'The request body is'): RestError {
  const issues = error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message }));
  const summary = issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return new RestError(422, 'VALIDATION_FAILED', `${subject} invalid: ${summary}`, { issues });
}
