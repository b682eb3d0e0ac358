import { toGlobalId } from '@portal/platform';
import type { StockLocationResolvers } from '../__generated__/resolvers-types';

export const StockLocation: StockLocationResolvers = {
  __resolveReference: ({ id }, { stockLocations }) => stockLocations.reference(id),
  id: (location) => toGlobalId('StockLocation', location.id),
  account: (location) => ({ id: toGlobalId('Account', location.accountId) }),
  levels: (location, _args, { stockLocations }) => stockLocations.levelsOf(location),
  devices: (location, _args, { stockLocations }) => stockLocations.devicesOf(location),
  shipments: (location, { status, first, after }, { shipments }) =>
    shipments.ofLocation(location, status, first, after),
  viewerCan: (location, _args, { stockLocations }) => stockLocations.permissionsOn(location),
};
