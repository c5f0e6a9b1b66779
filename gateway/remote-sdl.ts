// Distributed mode: the gateway asks each remote subgraph for its SDL (Federation's _service field),
// retrying while the subgraph is still starting.
export async function fetchSubgraphSdl(url: string, { attempts = 30, delayMs = 1000 } = {}): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
      const sdl = body.data?._service?.sdl;
      if (sdl) return sdl;
      lastError = new Error(`HTTP ${response.status} without an SDL`);
    } catch (error) {
      lastError = error;
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  throw new Error(`Subgraph at ${url} did not give its SDL after ${attempts} attempts: ${(lastError as Error).message}`);
}
