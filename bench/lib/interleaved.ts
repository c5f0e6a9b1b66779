// Two variants of one request timed against each other on the same box at the same time: a warm-up
// of both, then `requests` of each, alternating which goes first so that neither always runs on a
// just-woken event loop.
const WARM_UP = 200;

export async function interleaved(
  requests: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < WARM_UP; i++) await Promise.all([a(), b()]);
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < requests; i++) {
    if (i % 2 === 0) {
      times.a.push(await a());
      times.b.push(await b());
    } else {
      times.b.push(await b());
      times.a.push(await a());
    }
  }
  return times;
}
