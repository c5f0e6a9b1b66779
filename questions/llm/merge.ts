// The model's parameters merged into the parser's: what the parser found stands (it matched titles to
// catalog ids; the model cannot), the model fills the fields the parser left empty and may replace
// `text`, or drop it when it placed every word elsewhere. An id the parser did not find is dropped: a
// model may invent one.
import type { Intent, Parameters } from '../schema.js';

type Understood = Parameters & { intent: Intent };

/** Intents that are about a given anime: only with an id from the parser. */
const ABOUT_AN_ANIME: readonly Intent[] = ['similar', 'recommendations', 'details', 'compare_ratings'];

export interface Merged {
  parameters: Understood;
  /** similarTo ids of the model's answer that the parser had not found. */
  droppedIds: string[];
  /** Names of the parameters the model's answer set or changed. */
  changed: string[];
}

export function mergeRefinement(parsed: Understood, refined: Parameters): Merged {
  const parsedIds = new Set((parsed.similarTo ?? []).map((t) => t.id));
  const droppedIds = (refined.similarTo ?? []).map((t) => t.id).filter((id) => !parsedIds.has(id));
  const merged: Understood = { ...parsed };
  const changed: string[] = [];
  const target = merged as Record<string, unknown>;
  for (const [name, value] of Object.entries(refined) as [keyof Parameters, unknown][]) {
    if (name === 'intent' || name === 'similarTo' || value === undefined || isEmpty(value)) continue;
    if (name !== 'text' && !isEmpty(parsed[name])) continue;
    if (JSON.stringify(parsed[name]) === JSON.stringify(value)) continue;
    target[name] = value;
    changed.push(name);
  }
  // Told to leave `text` out when no word is left: the parser's leftover words were placed by the model
  // (searched as they are, "madhouse" beside studios: ["Madhouse"] would find nothing).
  if (refined.text === undefined && parsed.text !== undefined && changed.length) {
    delete merged.text;
    changed.push('text');
  }
  // The parser answers `search` when it recognised no kind of question: only then may the model say
  // which, and never one about an anime it has no id for.
  const intent = refined.intent;
  if (parsed.intent === 'search' && intent && intent !== 'search' && (!ABOUT_AN_ANIME.includes(intent) || parsedIds.size)) {
    merged.intent = intent;
    changed.unshift('intent');
  }
  return { parameters: merged, droppedIds, changed };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((v) => v === undefined);
  return false;
}
