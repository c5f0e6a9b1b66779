// The caller of the request being served, carried through async calls like the correlation id: the
// gateway sets it once it has checked the API key, in-process subgraphs read it here, and subgraphs in
// another process get it in the signed viewer header (viewer-header.ts) and set it from there.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Viewer } from './viewer-header.js';

const storage = new AsyncLocalStorage<Viewer>();

/** The caller; undefined outside a request the gateway authenticated. */
export function currentViewer(): Viewer | undefined {
  return storage.getStore();
}

export function runWithViewer<T>(viewer: Viewer, fn: () => T): T {
  return storage.run(viewer, fn);
}
