// Spawn -> semantic index READY of one gateway: the cold build (empty vector cache) and the warm restart.
import { existsSync, readdirSync } from 'node:fs';
import { rssBytes } from '../lib/child.js';
import { startGateway, type Gateway, type GatewayFiles } from '../lib/gateway.js';
import { progressPrinter, waitForSearch, type SearchStatusView } from '../lib/semantic-ready.js';

/** A warm start may embed this share of its texts (a catalog update since the cache was written), not more. */
const MAX_STALE_SHARE = 0.02;

export interface Started {
  gateway: Gateway;
  /** From just before the spawn until searchStatus first said READY (polled every 100 ms). */
  readyMs: number;
  /** The server's own figures for its build. */
  status: SearchStatusView;
  /** Texts reused from the vector cache, from the server's "semantic index ready" log line. */
  reused: number | undefined;
  rssBytes: number;
}

/**
 * `warm`: the start must find (nearly) every text in the vector cache; it stops as soon as the server
 * says it has more to embed, rather than timing a cold build under the name of a warm start.
 */
export async function startUntilSemanticReady(
  label: string,
  files: GatewayFiles,
  timeoutMs: number,
  warm = false,
  env: Record<string, string> = {},
): Promise<Started> {
  const spawned = performance.now();
  const gateway = await startGateway(label, files, env);
  console.log(`${label}: gateway pid ${gateway.proc.pid}, /ready after ${(gateway.spawnToReadyMs / 1000).toFixed(2)} s`);
  const print = progressPrinter(`${label}: semantic index`, console.log, 30_000);
  let checked = !warm;
  const status = await waitForSearch(gateway.client, {
    timeoutMs,
    pollMs: 100,
    async onStatus(status) {
      print(status);
      if (checked || status.semanticState !== 'BUILDING') return;
      const line = await gateway.logLine('semantic index: building', 0);
      if (!line) return;
      checked = true;
      if (Number(line.toEmbed) > MAX_STALE_SHARE * Number(line.texts)) {
        throw new Error(
          `${label}: the vector cache in ${files.vectorCacheDir ?? 'data/vectors'} does not match the texts and model now configured ` +
            `(${line.toEmbed} of ${line.texts} texts to embed); build it first: start the gateway on it and wait for searchStatus READY`,
        );
      }
    },
  });
  const readyMs = performance.now() - spawned;
  if (status.semanticState !== 'READY') {
    throw new Error(`${label}: semantic search is ${status.semanticState} (${status.reason ?? 'no reason given'}); nothing to measure`);
  }
  const line = await gateway.logLine('semantic index ready in');
  console.log(`${label}: semantic READY after ${(readyMs / 1000).toFixed(2)} s (${status.lastBuildEmbedded ?? '?'} texts embedded)`);
  return { gateway, readyMs, status, reused: line ? Number(line.reused) : undefined, rssBytes: await rssBytes(gateway.proc.pid!) };
}

/** Throws unless `dir` holds a vector cache file: a warm start from nothing would be a cold build in disguise. */
export function requireVectorCache(dir: string): void {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bin')) : [];
  if (files.length === 0) {
    throw new Error(
      `--skip-cold needs a built vector cache in ${dir} (none found): run once without --skip-cold, or start the gateway and wait for searchStatus READY`,
    );
  }
}
