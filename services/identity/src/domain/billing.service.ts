import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { fromGlobalId, refused, userError, type Principal, type UserError } from '@portal/platform';
import { Account, type CreditStatus } from '../entities/account.entity';
import { Payment } from '../entities/payment.entity';
import { InvoiceLine } from '../entities/invoice-line.entity';
import { InvoicePayment } from '../entities/invoice-payment.entity';
import { audit } from './audit';
import { checkInvoice, REFERENCE, sameInvoice, type RecordInvoiceInput } from './billing-input';
import { fromCents, toCents } from './money';

export interface InvoicePayload {
  invoice: Payment | null;
  userErrors: UserError[];
}
export interface AccountPayload {
  account: Account | null;
  userErrors: UserError[];
}

export interface RecordPaymentInput {
  invoiceNumber: string;
  reference: string;
  amount: string;
  paidOn: string;
}

/**
 * What the vendor's billing system reports: invoices, payments, credit status. Only a service
 * account with BILLING; it retries, so an invoice number or a payment reference recorded once
 * is never counted twice. Every change is audited with the service account as its actor.
 */
export class BillingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  async recordInvoice(input: RecordInvoiceInput): Promise<InvoicePayload> {
    this.principal.requireCapability('BILLING');
    const accountId = fromGlobalId('Account', input.accountId);
    const account = accountId
      ? await this.dataSource.getRepository(Account).findOneBy({ id: accountId })
      : null;
    if (!account) {
      return refused('ACCOUNT_NOT_FOUND', ['input', 'accountId'], 'No such account.', {
        invoice: null,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const { errors, invoice } = await checkInvoice(manager, account.id, input);
      if (!invoice) return { invoice: null, userErrors: errors };
      const id = randomUUID();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Payment)
        .values({
          id,
          accountId: account.id,
          invoiceNumber: invoice.invoiceNumber,
          invoiceDate: invoice.invoiceDate,
          dueDate: invoice.dueDate,
          amount: invoice.amount,
          currency: invoice.currency,
          paidAmount: '0',
          // Nothing to pay (e.g. a zero invoice) is paid on the day it is invoiced.
          paidAt: toCents(invoice.amount) === 0n ? invoice.invoiceDate : null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        return this.alreadyRecorded(manager, account.id, invoice);
      }
      await manager.insert(
        InvoiceLine,
        invoice.lines.map((line) => ({ ...line, invoiceId: id })),
      );
      await audit(
        manager,
        this.principal,
        'invoice.recorded',
        {
          organizationId: account.organizationId,
        },
        {
          accountId: account.id,
          invoiceNumber: invoice.invoiceNumber,
          amount: invoice.amount,
          currency: invoice.currency,
          lines: invoice.lines.length,
        },
      );
      return { invoice: await manager.findOneByOrFail(Payment, { id }), userErrors: [] };
    });
  }

  async recordPayment(input: RecordPaymentInput): Promise<InvoicePayload> {
    this.principal.requireCapability('BILLING');
    const none = { invoice: null };
    const reference = input.reference.trim();
    if (!REFERENCE.test(reference)) {
      return refused(
        'INVALID_INPUT',
        ['input', 'reference'],
        'Give the payment reference: 1 to 100 letters, digits or . _ / -.',
        none,
      );
    }
    const cents = toCents(input.amount);
    if (cents === null || cents <= 0n) {
      return refused(
        'INVALID_INPUT',
        ['input', 'amount'],
        'Give an amount above 0 with at most two decimals.',
        none,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // The invoice's row lock orders concurrent payments of it: none overpays it.
      const invoice = await manager.findOne(Payment, {
        where: { invoiceNumber: input.invoiceNumber.trim() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invoice)
        return refused('NOT_FOUND', ['input', 'invoiceNumber'], 'No such invoice.', none);
      const earlier = await manager.findOneBy(InvoicePayment, { reference });
      if (earlier) {
        const same =
          earlier.invoiceId === invoice.id &&
          toCents(earlier.amount) === cents &&
          earlier.paidOn === input.paidOn;
        return same
          ? { invoice, userErrors: [] }
          : refused(
              'PAYMENT_REFERENCE_TAKEN',
              ['input', 'reference'],
              'Another payment has that reference.',
              none,
            );
      }
      const open = toCents(invoice.amount)! - toCents(invoice.paidAmount)!;
      if (cents > open) {
        return refused(
          'EXCEEDS_OPEN_AMOUNT',
          ['input', 'amount'],
          `Only ${fromCents(open)} ${invoice.currency} is open on the invoice.`,
          none,
        );
      }
      const applied = await this.applyPayment(manager, invoice, reference, cents, input.paidOn);
      if (!applied) {
        // The same reference on another invoice, committed meanwhile.
        return refused(
          'PAYMENT_REFERENCE_TAKEN',
          ['input', 'reference'],
          'Another payment has that reference.',
          none,
        );
      }
      return { invoice, userErrors: [] };
    });
  }

  async setCreditStatus(globalId: string, creditStatus: CreditStatus): Promise<AccountPayload> {
    this.principal.requireCapability('BILLING');
    const id = fromGlobalId('Account', globalId);
    return this.dataSource.transaction(async (manager) => {
      const account = id
        ? await manager.findOne(Account, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!account)
        return refused('ACCOUNT_NOT_FOUND', ['accountId'], 'No such account.', { account: null });
      if (account.creditStatus === creditStatus) return { account, userErrors: [] };
      const from = account.creditStatus;
      await manager.update(Account, { id: account.id }, { creditStatus });
      await audit(
        manager,
        this.principal,
        'credit-status.changed',
        {
          organizationId: account.organizationId,
        },
        { accountId: account.id, from, to: creditStatus },
      );
      return { account: { ...account, creditStatus }, userErrors: [] };
    });
  }

  /** Records the payment on the locked invoice; false when its reference was taken meanwhile. */
  private async applyPayment(
    manager: EntityManager,
    invoice: Payment,
    reference: string,
    cents: bigint,
    paidOn: string,
  ): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(InvoicePayment)
      .values({
        id: randomUUID(),
        invoiceId: invoice.id,
        reference,
        amount: fromCents(cents),
        paidOn,
        recordedBy: this.principal.actor,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return false;
    const open = toCents(invoice.amount)! - toCents(invoice.paidAmount)!;
    invoice.paidAmount = fromCents(toCents(invoice.paidAmount)! + cents);
    if (cents === open) invoice.paidAt = paidOn;
    await manager.update(
      Payment,
      { id: invoice.id },
      { paidAmount: invoice.paidAmount, paidAt: invoice.paidAt },
    );
    const account = await manager.findOneByOrFail(Account, { id: invoice.accountId });
    await audit(
      manager,
      this.principal,
      'payment.recorded',
      { organizationId: account.organizationId },
      {
        accountId: account.id,
        invoiceNumber: invoice.invoiceNumber,
        reference,
        amount: fromCents(cents),
      },
    );
    return true;
  }

  /** A retry of an invoice recorded before answers with it; other content is refused. */
  private async alreadyRecorded(
    manager: EntityManager,
    accountId: string,
    invoice: Awaited<ReturnType<typeof checkInvoice>>['invoice'] & object,
  ): Promise<InvoicePayload> {
    const stored = await manager.findOneByOrFail(Payment, { invoiceNumber: invoice.invoiceNumber });
    const lines = await manager.find(InvoiceLine, {
      where: { invoiceId: stored.id },
      order: { position: 'ASC' },
    });
    if (sameInvoice(stored, lines, accountId, invoice)) return { invoice: stored, userErrors: [] };
    return {
      invoice: null,
      userErrors: [
        userError(
          'INVOICE_NUMBER_TAKEN',
          ['input', 'invoiceNumber'],
          'Another invoice has that number.',
        ),
      ],
    };
  }
}
