import { In, type DataSource } from 'typeorm';
import {
  byKeys,
  forbidden,
  type Connection,
  type Principal,
  type RequestLoaders,
} from '@portal/platform';
import { Payment } from '../entities/payment.entity';
import { Account } from '../entities/account.entity';
import { Organization } from '../entities/organization.entity';
import { invoicesNewestFirst } from './invoice.service';

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

  /** For the staff who handle accounts (agents); anyone else asking is refused. */
  creditStatus(account: Account): Account['creditStatus'] {
    if (!this.principal.handlesAccounts) throw forbidden();
    return account.creditStatus;
  }

  /** For the staff who handle accounts (agents): invoices and payments, newest invoice first. */
  async paymentHistory(
    account: Account,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Omit<Connection<Payment>, 'totalCount'>> {
    if (!this.principal.handlesAccounts) throw forbidden();
    return invoicesNewestFirst(this.dataSource, account, first, after);
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

  /** The organisation of a user who just signed in within this request (its auth payload). */
  trustOrganization(organizationId: string | null): void {
    if (organizationId) this.signedInOrganizations.add(organizationId);
  }
  private readonly signedInOrganizations = new Set<string>();

  private maySee(organizationId: string): boolean {
    if (this.signedInOrganizations.has(organizationId)) return true;
    if (this.principal.isAnonymous) return false;
    return this.principal.isStaff || this.principal.organizationId === organizationId;
  }
}
