// The shape every benchmark and evaluation command shares: run, set the exit code, and always
// clean up (children, temp files), also when interrupted.
export function runMain(name: string, main: () => Promise<number>, cleanUp: () => Promise<unknown>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  main()
    .then((code) => (process.exitCode = code))
    .catch((error: Error) => {
      console.error(`${name} failed: ${error.message}`);
      process.exitCode = 1;
    })
    .finally(cleanUp);
}
