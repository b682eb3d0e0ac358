import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';
import { Counter } from 'prom-client';
import { environment } from '../environment';
import { logger } from '../logger';
import { metricsRegistry } from '../server/metrics';
import { OutboxEvent } from '../events/outbox-event.entity';
import { ProcessedEvent } from '../events/processed-event.entity';
import { ConsumerOffset } from '../events/consumer-offset.entity';
import { SnakeNamingStrategy } from './naming-strategy';

/** The PostgreSQL schema a subgraph owns: "service-orders" -> "service_orders". */
export function schemaOf(subgraph: string): string {
  return subgraph.replace(/-/g, '_');
}

const sqlStatements = new Counter({
  name: 'portal_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL, per subgraph',
  labelNames: ['subgraph'],
  registers: [metricsRegistry],
});
const statementCounts = new Map<string, number>();

/** Statements this process has sent for a subgraph (what tests count to pin batching). */
export function sqlStatementCount(subgraph: string): number {
  return statementCounts.get(subgraph) ?? 0;
}

class CountingLogger implements TypeOrmLogger {
  constructor(private readonly subgraph: string) {}
  logQuery(): void {
    statementCounts.set(this.subgraph, (statementCounts.get(this.subgraph) ?? 0) + 1);
    sqlStatements.inc({ subgraph: this.subgraph });
  }
  logQueryError(error: string | Error, query: string): void {
    logger().debug({ subgraph: this.subgraph, err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    logger().warn({ subgraph: this.subgraph, time, query }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger().info({ subgraph: this.subgraph }, message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger().warn({ subgraph: this.subgraph }, String(message));
  }
}

export interface SubgraphDataSourceOptions {
  subgraph: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  poolSize?: number;
}

/**
 * A subgraph's DataSource on its own schema. Migrations only (synchronize off); every
 * statement has a timeout; the outbox and inbox tables of the event system come along.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  const env = environment();
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: schemaOf(options.subgraph),
    entities: [
      ...(options.entities as unknown[]),
      OutboxEvent,
      ProcessedEvent,
      ConsumerOffset,
    ] as MixedList<string>,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new CountingLogger(options.subgraph),
    maxQueryExecutionTime: 1000,
    poolSize: options.poolSize ?? env.DB_POOL_SIZE,
    applicationName: `portal-${options.subgraph}`,
    extra: {
      statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: env.DB_STATEMENT_TIMEOUT_MS * 2,
      connectionTimeoutMillis: 5000,
    },
  });
}

/** Creates the subgraph's schema when missing and applies pending migrations. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const schema = (dataSource.options as { schema: string }).schema;
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await dataSource.runMigrations({ transaction: 'each' });
}

/** True when every migration the code knows has been applied. */
export async function migrationsApplied(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
