// What the language model is asked: the request's words, what the parser understood, and the contract
// of `parameters`, derived from parametersSchema (z.toJSONSchema) so it cannot drift from what is
// validated; written one line per field, which costs a third of the tokens of the JSON schema itself.
import { z } from 'zod';
import { parametersSchema, type Parameters } from '../schema.js';
import type { ChatMessage } from './chat.client.js';

interface JsonSchema {
  type?: string;
  description?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

/** A field's shape in a few words: `integer 1900-2100`, `array (at most 6) of "TV"|"MOVIE"`, `{from?: …}`. */
function shape(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join('|');
  if (schema.type === 'array' && schema.items) {
    return `array${schema.maxItems === undefined ? '' : ` (at most ${schema.maxItems})`} of ${shape(schema.items)}`;
  }
  if (schema.type === 'object' && schema.properties) {
    const required = new Set(schema.required ?? []);
    const fields = Object.entries(schema.properties).map(([name, field]) => `${name}${required.has(name) ? '' : '?'}: ${shape(field)}`);
    return `{${fields.join(', ')}}`;
  }
  const bounded = schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER;
  if (bounded) return `${schema.type} ${schema.minimum}-${schema.maximum}`;
  return schema.minimum === undefined ? String(schema.type) : `${schema.type} >= ${schema.minimum}`;
}

const jsonSchema = z.toJSONSchema(parametersSchema) as JsonSchema;
export const CONTRACT = Object.entries(jsonSchema.properties ?? {})
  .map(([name, field]) => `- ${name}: ${shape(field)}. ${field.description ?? ''}`.trim())
  .join('\n');

const SYSTEM = `You turn a request for anime into search parameters for AniGraph, an anime catalog.
Answer with one JSON object and nothing else: the parameters, with only these fields, all optional:
${CONTRACT}
A parser has already read the request. Keep what it found. Fill only what it missed, from the request's words.
Put in "text" the words no other field captures; leave "text" out when every word is captured.
Never add similarTo: anime ids come only from the parser. Tags are the catalog's, in lower case (such as "mecha", "psychological", "slice of life").`;

/** The messages of one request: the contract (system), and the words with the parser's parameters (user). */
export function promptFor(words: string, parsed: Parameters): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: JSON.stringify({ request: words, parser: parsed }) },
  ];
}

/**
 * Tokens the messages will cost, estimated as characters / 4 (the usual rule of thumb for English with
 * OpenAI's tokenizers; no tokenizer is loaded for this), plus a few per message for the chat framing.
 */
export function estimateTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + Math.ceil(m.content.length / 4) + 4, 0);
}
