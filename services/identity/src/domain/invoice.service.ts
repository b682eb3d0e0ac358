import { In, type DataSource } from 'typeorm';
import {
  decodeCursor,
  forbidden,
  groupByKeys,
  pageSize,
  toConnection,
  type Connection,
  type Principal,
  type RequestLoaders,
} from '@portal/platform';
import type { Account } from '../entities/account.entity';
import { Payment } from '../entities/payment.entity';
import { InvoiceLine } from '../entities/invoice-line.entity';
import { fromCents, toCents } from './money';

export type InvoiceStatus = 'OPEN' | 'OVERDUE' | 'PAID';

/**
 * Invoices as customers read them: the account's Administrators (users or API keys acting for
 * them) and the Service agent. Payment history and credit status stay the service centre's
 * (AccountService); a customer sees only what is still open.
 */
export class InvoiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  async invoicesOf(
    account: Account,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Omit<Connection<Payment>, 'totalCount'>> {
    this.assertMaySee(account);
    return invoicesNewestFirst(this.dataSource, account, first, after);
  }

  /** What is still to pay, per currency (none when everything is paid). */
  async openBalanceOf(account: Account): Promise<{ amount: string; currency: string }[]> {
    this.assertMaySee(account);
    return this.loaders
      .get<string, { amount: string; currency: string }[]>('open-balance', async (ids) => {
        const rows: { account_id: string; currency: string; open: string }[] =
          await this.dataSource.query(
            `SELECT account_id, currency, sum(amount - paid_amount)::numeric(14, 2)::text AS open
               FROM identity.payment WHERE account_id = ANY($1) AND paid_amount <> amount
              GROUP BY account_id, currency ORDER BY currency`,
            [[...ids]],
          );
        return ids.map((id) =>
          rows
            .filter((r) => r.account_id === id)
            .map((r) => ({ amount: r.open, currency: r.currency })),
        );
      })
      .load(account.id);
  }

  linesOf(invoice: Payment): Promise<InvoiceLine[]> {
    return this.loaders
      .get<string, InvoiceLine[]>('lines-of-invoice', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(InvoiceLine)
            .find({ where: { invoiceId: In([...ids]) }, order: { position: 'ASC' } }),
          (line) => line.invoiceId,
        ),
      )
      .load(invoice.id);
  }

  static openAmount(invoice: Payment): string {
    return fromCents(toCents(invoice.amount)! - toCents(invoice.paidAmount)!);
  }

  /** Paid in full, or open; overdue once the due date has passed in Denmark. */
  static status(invoice: Payment, today = danishToday()): InvoiceStatus {
    if (toCents(invoice.paidAmount)! >= toCents(invoice.amount)!) return 'PAID';
    return invoice.dueDate !== null && invoice.dueDate < today ? 'OVERDUE' : 'OPEN';
  }

  private assertMaySee(account: Account): void {
    this.principal.requireSignedIn();
    if (!this.principal.handlesAccounts && !this.principal.hasRole(account.id, 'ADMINISTRATOR'))
      throw forbidden();
  }
}

function danishToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/**
 * A page of the account's invoices (with what was paid of each), newest invoice first: the
 * customers' invoices and the agents' payment history are the same rows. Who may see them is
 * the caller's to check.
 */
export async function invoicesNewestFirst(
  dataSource: DataSource,
  account: Account,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Omit<Connection<Payment>, 'totalCount'>> {
  const size = pageSize(first);
  const cursor = decodeCursor(after, 2);
  const query = dataSource
    .getRepository(Payment)
    .createQueryBuilder('p')
    .where('p.account_id = :account', { account: account.id });
  if (cursor) {
    query.andWhere('(p.invoice_date, p.invoice_number) < (:date, :number)', {
      date: cursor[0],
      number: cursor[1],
    });
  }
  const rows = await query
    .orderBy('p.invoice_date', 'DESC')
    .addOrderBy('p.invoice_number', 'DESC')
    .limit(size + 1)
    .getMany();
  return toConnection(rows, size, (p) => [p.invoiceDate, p.invoiceNumber], 0);
}
