// A private redis-server on a free port, for tests that take Redis away and bring it back.
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

export interface RedisServer {
  port: number;
  url: string;
  /** Kills the server (SIGKILL: a crash, not a shutdown) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty, and waits until it answers. */
  restart(): Promise<void>;
  /** SIGSTOP / SIGCONT: a server that keeps its connections open but answers nothing. */
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child = await spawnServer(port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: () => killServer(child),
    async restart() {
      await killServer(child);
      child = await spawnServer(port);
    },
    freeze: () => void child.kill('SIGSTOP'),
    thaw: () => void child.kill('SIGCONT'),
    async stop() {
      child.kill('SIGCONT');
      await killServer(child);
    },
  };
}

async function spawnServer(port: number): Promise<ChildProcess> {
  const child = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`redis-server on port ${port} exited (${code}): ${stderr}`))),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 5000;
  while (!(await answersPing(port))) {
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer within 5 s: ${stderr}`);
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 20)), exited]);
  }
  return child;
}

async function killServer(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(String(data).startsWith('+PONG')));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
