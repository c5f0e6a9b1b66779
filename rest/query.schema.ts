// The body of POST /api/query; its answer is questions/schema.ts's, as every facade gives it.
import { z } from 'zod';
import { parametersSchema } from '../questions/schema.js';

export const queryBodySchema = z
  .strictObject({
    query: z
      .union([z.string().trim().min(1).max(500), parametersSchema])
      .describe('A request in words (1 to 500 characters), or a structured query object.'),
    image: z.string().max(10_000_000).optional().describe('Base64 or URL of an image to search by (not available yet: 422).'),
    context: z
      .union([z.string().max(2000), z.record(z.string(), z.unknown())])
      .optional()
      .describe('Free context (kept for later steps).'),
    options: z
      .strictObject({
        limit: z.number().int().min(1).max(50).default(10).describe('Results wanted, 1 to 50.'),
        fields: z.array(z.string().min(1).max(64)).max(30).optional().describe('Only these keys of each result (id always).'),
        enhance: z
          .boolean()
          .optional()
          .describe(
            'Language model (when LLM_BASE_URL and LLM_MODEL are set): true asks it to refine the understanding, false never; ' +
              'left out, it is asked when the parser left words it could not place.',
          ),
      })
      .default({ limit: 10 })
      .describe('How to answer.'),
    user_id: z.string().min(1).max(128).optional().describe('The asking user (kept for later steps).'),
    session_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/, '1 to 128 letters, digits, _ or -')
      .optional()
      .describe('Conversation to continue: a follow-up refines the last answer of the same session (CONVERSATION_TTL).'),
  })
  .describe('POST /api/query');

export type QueryBody = z.infer<typeof queryBodySchema>;
