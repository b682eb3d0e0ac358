import { toGlobalId } from '@portal/platform';
import type { InvoiceLineResolvers } from '../__generated__/resolvers-types';

export const InvoiceLine: InvoiceLineResolvers = {
  // The devices subgraph answers null for a device the caller may not see.
  device: (line) => (line.deviceId ? { id: toGlobalId('Device', line.deviceId) } : null),
};
