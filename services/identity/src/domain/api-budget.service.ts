import type { DataSource } from 'typeorm';
import { fromGlobalId, refused, type Principal, type PrincipalClaims } from '@portal/platform';
import { ApiBudget } from '../entities/api-budget.entity';
import { Organization } from '../entities/organization.entity';
import { audit } from './audit';

export const MIN_COST_PER_MINUTE = 1_000;
export const MAX_COST_PER_MINUTE = 100_000_000;

const NONE = { organization: null };

/** The service centre's fair-use budgets for organisations' API keys. */
export class ApiBudgetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  /** Whoever sees the organisation sees its budget (a key may read its own). */
  budgetOf(organization: Organization): Promise<ApiBudget | null> {
    return this.dataSource.getRepository(ApiBudget).findOneBy({ organizationId: organization.id });
  }

  /** Service agents only; null returns the organisation to the default budget. */
  async set(input: { organizationId: string; costPerMinute?: number | null }) {
    this.principal.requireStaff('SERVICE_AGENT');
    const id = fromGlobalId('Organization', input.organizationId);
    const organization = id
      ? await this.dataSource.getRepository(Organization).findOneBy({ id })
      : null;
    if (!organization)
      return refused('NOT_FOUND', ['input', 'organizationId'], 'No such organisation.', NONE);
    const cost = input.costPerMinute ?? null;
    if (cost !== null && (cost < MIN_COST_PER_MINUTE || cost > MAX_COST_PER_MINUTE))
      return refused(
        'INVALID_INPUT',
        ['input', 'costPerMinute'],
        `Give a budget from ${MIN_COST_PER_MINUTE} to ${MAX_COST_PER_MINUTE} per minute, or none for the default.`,
        NONE,
      );
    await this.dataSource.transaction(async (manager) => {
      if (cost === null) await manager.delete(ApiBudget, { organizationId: organization.id });
      else
        await manager.upsert(
          ApiBudget,
          {
            organizationId: organization.id,
            costPerMinute: cost,
            updatedBy: this.principal.claims.id!,
            updatedAt: new Date(),
          },
          ['organizationId'],
        );
      await audit(
        manager,
        this.principal,
        'api-budget.set',
        { organizationId: organization.id },
        { costPerMinute: cost },
      );
    });
    return { organization, userErrors: [] };
  }
}

/**
 * The budget identity tells the gateway beside an API key's principal: its organisation's, or
 * null for the default (users' budgets are the gateway's own settings).
 */
export async function costPerMinuteFor(
  dataSource: DataSource,
  claims: PrincipalClaims | null,
): Promise<number | null> {
  if (claims?.kind !== 'apiKey' || !claims.organizationId) return null;
  const budget = await dataSource
    .getRepository(ApiBudget)
    .findOneBy({ organizationId: claims.organizationId });
  return budget?.costPerMinute ?? null;
}
