// The short readable text next to each tool's structured result: what a model reads first.
interface Listed {
  id?: string;
  title?: string;
  type?: string | null;
  year?: number | null;
  score?: { arithmetic_geometric_mean?: number | null } | number | null;
}

/** "Cowboy Bebop (TV, 1998, score 8.7) [mal-1]" */
export function animeLine(a: Listed): string {
  const score = typeof a.score === 'number' ? a.score : a.score?.arithmetic_geometric_mean;
  const facts = [a.type, a.year, typeof score === 'number' ? `score ${score.toFixed(1)}` : undefined].filter(
    (f) => f !== undefined && f !== null,
  );
  return `${a.title ?? '?'}${facts.length ? ` (${facts.join(', ')})` : ''}${a.id ? ` [${a.id}]` : ''}`;
}

/** "Heading:" then "1. ..." a line per item; "Heading: none." for no items. */
export function numbered<T>(heading: string, items: readonly T[], line: (item: T) => string, more = ''): string {
  if (!items.length) return `${heading}: none.`;
  return [`${heading}:`, ...items.map((item, i) => `${i + 1}. ${line(item)}`), ...(more ? [more] : [])].join('\n');
}

export function listText(heading: string, items: readonly Listed[], more = ''): string {
  return numbered(heading, items, animeLine, more);
}
