import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const deviceBySerialNumber: QueryResolvers['deviceBySerialNumber'] = (
  _root,
  { serialNumber },
  { devices },
) => devices.bySerialNumber(serialNumber);
