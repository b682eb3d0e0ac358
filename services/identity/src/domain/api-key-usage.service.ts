import type { DataSource } from 'typeorm';
import { forbidden, type Principal, type RequestLoaders } from '@portal/platform';
import type { ApiKey } from '../entities/api-key.entity';
import { ApiKeyUsage } from '../entities/api-key-usage.entity';

/** One key's counts for one day, as the gateway reports them (added to what is stored). */
export interface UsageReport {
  apiKeyId: string;
  day: string;
  requests: number;
  errors: number;
  cost: number;
  /** Requests that used each deprecated field or argument; absent from older gateways. */
  deprecated?: Record<string, number>;
}

const MAX_DAYS = 90;

/** API keys' traffic per day, for the Administrators who manage the keys and for staff. */
export class ApiKeyUsageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /** Newest day first; days without traffic are left out. */
  usageOf(key: ApiKey, days: number | null | undefined): Promise<ApiKeyUsage[]> {
    this.requireManages(key);
    const span = Math.min(MAX_DAYS, Math.max(1, days ?? 30));
    return this.loaders
      .get<string, ApiKeyUsage[]>(`api-key-usage:${span}`, async (ids) => {
        const rows = await this.dataSource
          .getRepository(ApiKeyUsage)
          .createQueryBuilder('u')
          .where('u.api_key_id = ANY(:ids)', { ids: [...ids] })
          .andWhere(`u.day > (now() AT TIME ZONE 'UTC')::date - :span::int`, { span })
          .orderBy('u.day', 'DESC')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.apiKeyId === id));
      })
      .load(key.id);
  }

  /** The agents and planners who read every key, or an Administrator of the key's organisation. */
  private requireManages(key: ApiKey) {
    this.principal.requireSignedIn();
    if (this.principal.isStaff) {
      this.principal.requireStaff('SERVICE_AGENT', 'SERVICE_PLANNER');
      return;
    }
    const administers =
      this.principal.claims.kind === 'user' &&
      this.principal.organizationId === key.organizationId &&
      this.principal.accountsWhere('ADMINISTRATOR').length > 0;
    if (!administers) throw forbidden();
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COORDINATE = /^\w+\.\w+(\(\w+\))?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether the gateway's report is what it should be (anything else is refused whole). */
export function isUsageReport(value: unknown): value is UsageReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const count = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  return (
    typeof r.apiKeyId === 'string' &&
    UUID.test(r.apiKeyId) &&
    typeof r.day === 'string' &&
    DAY.test(r.day) &&
    count(r.requests) &&
    count(r.errors) &&
    count(r.cost) &&
    (r.deprecated === undefined ||
      (typeof r.deprecated === 'object' &&
        r.deprecated !== null &&
        Object.entries(r.deprecated).every(
          ([coordinate, n]) => COORDINATE.test(coordinate) && count(n),
        )))
  );
}

/** Adds the gateway's counts in one statement; rows for keys that no longer exist are dropped. */
export async function recordUsage(dataSource: DataSource, reports: UsageReport[]): Promise<void> {
  if (reports.length === 0) return;
  await dataSource.query(
    `INSERT INTO identity.api_key_usage (api_key_id, day, requests, errors, cost, deprecated)
     SELECT r.api_key_id, r.day, r.requests, r.errors, r.cost, COALESCE(r.deprecated, '{}')
       FROM jsonb_to_recordset($1::jsonb)
            AS r(api_key_id uuid, day date, requests int, errors int, cost bigint, deprecated jsonb)
      WHERE EXISTS (SELECT 1 FROM identity.api_key k WHERE k.id = r.api_key_id)
     ON CONFLICT (api_key_id, day) DO UPDATE
       SET requests = api_key_usage.requests + EXCLUDED.requests,
           errors = api_key_usage.errors + EXCLUDED.errors,
           cost = api_key_usage.cost + EXCLUDED.cost,
           deprecated = (SELECT COALESCE(jsonb_object_agg(k, n), '{}') FROM (
               SELECT k, SUM(v::bigint) AS n
                 FROM (SELECT * FROM jsonb_each_text(api_key_usage.deprecated)
                       UNION ALL SELECT * FROM jsonb_each_text(EXCLUDED.deprecated)) AS e(k, v)
                GROUP BY k) AS merged)`,
    [
      JSON.stringify(
        reports.map((r) => ({
          api_key_id: r.apiKeyId,
          day: r.day,
          requests: r.requests,
          errors: r.errors,
          cost: r.cost,
          deprecated: r.deprecated ?? {},
        })),
      ),
    ],
  );
}
