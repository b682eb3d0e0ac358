import { fromGlobalId } from '@portal/platform';
import type { StockLocationResolvers } from '../__generated__/resolvers-types';

/** identity adds the location's Stock Managers; the location itself is the toner subgraph's. */
export const StockLocation: StockLocationResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  managers: (location, _args, { users }) => {
    const local = fromGlobalId('StockLocation', location.id);
    return local ? users.managersOfStockLocation(local) : [];
  },
};
