import type { StockLevelResolvers } from '../__generated__/resolvers-types';

export const StockLevel: StockLevelResolvers = {
  toner: (level, _args, { stockLocations }) => stockLocations.product(level.sku),
  belowMinimum: (level) => level.quantity < level.minimumLevel,
  inShipment: (level, _args, { stockLocations }) => stockLocations.inShipment(level),
};
