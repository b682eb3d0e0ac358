import { toGlobalId } from '@portal/platform';
import type { InvoiceResolvers } from '../__generated__/resolvers-types';
import { InvoiceService } from '../domain/invoice.service';

export const Invoice: InvoiceResolvers = {
  id: (invoice) => toGlobalId('Invoice', invoice.id),
  openAmount: (invoice) => InvoiceService.openAmount(invoice),
  status: (invoice) => InvoiceService.status(invoice),
  lines: (invoice, _args, { invoices }) => invoices.linesOf(invoice),
};
