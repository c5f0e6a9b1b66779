// The body of POST /api/query; its answer is questions/schema.ts's, as every facade gives it.
import { z } from 'zod';
import { parametersSchema } from '../questions/schema.js';
import { imageWeightSchema } from '../lib/images/image-input.schema.js';

export const queryBodySchema = z
  .strictObject({
    query: z
      .union([z.string().trim().min(1).max(500), parametersSchema])
      .optional()
      .describe('A request in words (1 to 500 characters), or a structured query object; may be left out when `image` is given.'),
    image: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A picture: an http(s) URL, or the file in base64 or as a data URL (PNG, JPEG, WebP or GIF, at most IMAGE_MAX_BYTES). ' +
          "With a search question, its likeness to each anime's poster is blended with the words (image_weight); " +
          'without a query, or with criteria only, the anime whose posters look most like it. Other intents refuse it (422).',
      ),
    image_weight: imageWeightSchema.optional(),
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
  .refine((body) => body.query !== undefined || body.image !== undefined, {
    message: 'Give query, image, or both.',
    path: ['query'],
  })
  .refine((body) => body.image_weight === undefined || body.image !== undefined, {
    message: 'image_weight weighs a picture: give image too.',
    path: ['image_weight'],
  })
  .describe('POST /api/query');

export type QueryBody = z.infer<typeof queryBodySchema>;
