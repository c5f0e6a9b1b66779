// Over stdio, stdout carries the protocol and nothing else. Imported first by stdio.ts, before any
// other module runs: the MCP transport keeps the real stdout, and whatever else writes to
// process.stdout (a dependency's console.log, a worker thread's output) goes to stderr instead.
import { Writable } from 'node:stream';

const writeStdout = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

// The client closed its end of the pipe: there is no one left to answer.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The real stdout, for the protocol's messages only. */
export const protocolOutput = new Writable({
  write(chunk: Buffer, _encoding, done) {
    writeStdout(chunk, (error) => done(error ?? undefined));
  },
});
