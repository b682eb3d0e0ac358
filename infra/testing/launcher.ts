// What the launcher tests share: a launcher (through npm or directly) on free ports, its
// output, the process tree under it, and checks that nothing of it is left.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { SUBGRAPHS } from '@portal/platform';
import { freePort } from '@portal/devkit';

export interface Ports {
  env: Record<string, string>;
  gateway: number;
  postgres: number;
  all: number[];
}

/** Free ports for every process of a launcher, as the environment that assigns them. */
export async function launcherPorts(): Promise<Ports> {
  const env: Record<string, string> = {};
  const all: number[] = [];
  const take = async (variable: string) => {
    const port = await freePort();
    env[variable] = String(port);
    all.push(port);
    return port;
  };
  const gateway = await take('GATEWAY_PORT');
  const postgres = await take('PORTAL_PG_PORT');
  await take('DEV_MAILBOX_PORT');
  for (const { name } of SUBGRAPHS) await take(`${name.toUpperCase().replace(/-/g, '_')}_PORT`);
  return { env, gateway, postgres, all };
}

export interface Launched {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Waits until the output has `text` (or the launcher ends: then throws with the output). */
  waitFor(text: string | RegExp, timeoutMs: number): Promise<void>;
}

export function launch(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined> },
): Launched {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: async (text, timeoutMs) => {
      const until = Date.now() + timeoutMs;
      const found = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
      while (!found()) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`the launcher ended (${child.exitCode ?? child.signalCode}):\n${output}`);
        if (Date.now() > until) throw new Error(`no "${String(text)}" in time:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Every process below `pid` (children, their children, ...), with its command line. */
export function descendants(pid: number): { pid: number; command: string }[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: { pid: number; command: string }[] = [];
  const visit = (parent: number) => {
    for (const child of parents.get(parent) ?? []) {
      found.push({ pid: child, command: commandOf(child) });
      visit(child);
    }
  };
  visit(pid);
  return found;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Whether a process runs (a zombie waiting for its parent does not count). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Processes of a data folder (PostgreSQL names it in its arguments) that still run. */
export function processesNaming(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && alive(Number(entry)))
    .map((entry) => commandOf(Number(entry)))
    .filter((command) => command.includes(text));
}

export async function graphql(
  port: number,
  query: string,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: (await response.json()) as never };
}
