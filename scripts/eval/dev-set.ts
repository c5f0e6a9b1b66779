// The search evaluation set: JSON Lines of `{ id, kind, query, expect_mal, titles }` (see
// ../shared/eval/README.md), validated line by line so that a bad line is named, not skipped.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const line = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  query: z.string().min(1),
  expect_mal: z.array(z.number().int().positive()).min(1),
  titles: z.array(z.string()).default([]),
});

export interface DevQuery {
  id: string;
  kind: string;
  query: string;
  /** Source URLs any one of which makes a hit the expected anime. */
  expectSources: Set<string>;
  titles: string[];
}

/** The kinds the set's README defines, in report order; other kinds follow in order of appearance. */
const KNOWN_KINDS = ['semantic', 'paraphrase', 'typo'];

export const malUrl = (id: number) => `https://myanimelist.net/anime/${id}`;

export async function readDevSet(path: string): Promise<DevQuery[]> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new Error(`cannot read the evaluation set ${path}: ${error.message}`);
  });
  const queries: DevQuery[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    let parsed: z.infer<typeof line>;
    try {
      parsed = line.parse(JSON.parse(raw));
    } catch (error) {
      const why =
        error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message;
      throw new Error(`${path}:${index + 1}: not an evaluation query (${why})`, { cause: error });
    }
    queries.push({
      id: parsed.id,
      kind: parsed.kind,
      query: parsed.query,
      expectSources: new Set(parsed.expect_mal.map(malUrl)),
      titles: parsed.titles,
    });
  });
  if (queries.length === 0) throw new Error(`${path} holds no queries`);
  return queries;
}

export function kindsOf(queries: readonly DevQuery[]): string[] {
  const present = new Set(queries.map((q) => q.kind));
  return [...KNOWN_KINDS.filter((k) => present.has(k)), ...[...present].filter((k) => !KNOWN_KINDS.includes(k))];
}
