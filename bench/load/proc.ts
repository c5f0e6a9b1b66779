// What Linux says about a process and the machine: CPU time used (all threads), and the load average.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat (sysconf(_SC_CLK_TCK), 100 on Linux). */
const CLK_TCK = 100;

/** User + system CPU seconds used so far by `pid`, all its threads included; or by its thread `tid` alone. */
export async function cpuSeconds(pid: number, tid?: number): Promise<number> {
  const stat = await readFile(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), from field 3 on: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** Now on CLOCK_MONOTONIC in microseconds: the clock V8 stamps CPU profile samples with. */
export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n);

export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/**
 * Connections waiting to be accepted on the listening socket at 127.0.0.1:`port` (the kernel's accept
 * queue, the rx_queue of a LISTEN row of /proc/net/tcp), or undefined when there is no such socket.
 */
export async function acceptQueue(port: number): Promise<number | undefined> {
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const table = await readFile('/proc/net/tcp', 'utf8');
  for (const line of table.split('\n').slice(1)) {
    const [, address, , state, queues] = line.trim().split(/\s+/);
    if (address === local && state === '0A') return parseInt(queues.split(':')[1], 16);
  }
  return undefined;
}
