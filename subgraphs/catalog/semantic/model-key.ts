import { createHash } from 'node:crypto';

/** "Xenova/all-MiniLM-L6-v2" → "all-minilm-l6-v2-6f3a1c": readable, and apart from another owner's model of the same name. */
export function modelKey(model: string): string {
  const name = (model.split('/').pop() ?? model).toLowerCase().replace(/[^a-z0-9_.-]+/g, '_');
  return `${name}-${createHash('sha1').update(model).digest('hex').slice(0, 6)}`;
}
