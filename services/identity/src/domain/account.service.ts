import { In, type DataSource } from 'typeorm';
import { byKeys, forbidden, type Principal, type RequestLoaders } from '@portal/platform';
import { Account } from '../entities/account.entity';
import { Organization } from '../entities/organization.entity';

/** Organisations and their accounts, as the caller may see them. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /** The accounts the caller may see: its grants' accounts, or every account for staff. */
  async list(): Promise<Account[]> {
    if (this.principal.isAnonymous) return [];
    const repository = this.dataSource.getRepository(Account);
    if (this.principal.isStaff) return repository.find({ order: { customerAccountNumber: 'ASC' } });
    const ids = this.principal.claims.grants.map((g) => g.accountId);
    if (ids.length === 0) return [];
    return repository.find({ where: { id: In(ids) }, order: { customerAccountNumber: 'ASC' } });
  }

  /** An account the caller may see (staff, or a user of its organisation), else null. */
  async byId(id: string): Promise<Account | null> {
    const account = await this.loaders
      .get<string, Account | null>('account', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(Account).findBy({ id: In([...ids]) }),
          (a) => a.id,
        ),
      )
      .load(id);
    return account && this.maySee(account.organizationId) ? account : null;
  }

  async accountsOf(organization: Organization): Promise<Account[]> {
    if (!this.maySee(organization.id)) return [];
    return this.loaders
      .get<string, Account[]>('accounts-of-organization', async (ids) => {
        const rows = await this.dataSource.getRepository(Account).find({
          where: { organizationId: In([...ids]) },
          order: { customerAccountNumber: 'ASC' },
        });
        return ids.map((id) => rows.filter((a) => a.organizationId === id));
      })
      .load(organization.id);
  }

  /** Staff-only: a customer asking is refused. */
  creditStatus(account: Account): Account['creditStatus'] {
    if (!this.principal.isStaff) throw forbidden();
    return account.creditStatus;
  }

  /** The caller's own organisation; null for staff and anonymous callers. */
  async ownOrganization(): Promise<Organization | null> {
    const id = this.principal.organizationId;
    return id ? this.organizationById(id) : null;
  }

  async organizationById(id: string): Promise<Organization | null> {
    if (!this.maySee(id)) return null;
    return this.loaders
      .get<string, Organization | null>('organization', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(Organization).findBy({ id: In([...ids]) }),
          (o) => o.id,
        ),
      )
      .load(id);
  }

  private maySee(organizationId: string): boolean {
    if (this.principal.isAnonymous) return false;
    return this.principal.isStaff || this.principal.organizationId === organizationId;
  }
}
