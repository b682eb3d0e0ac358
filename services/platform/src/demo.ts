import { nameUuid } from './ids';

/**
 * The demo world's shared names (docs/demo-data.md): each subgraph seeds its own part, and the ids that
 * cross subgraphs are derived from these names so that the parts fit together.
 */
export const DEMO_PASSWORD = 'Demo-Portal-2026!';

export const demoIds = {
  organization: (name: string) => nameUuid(`organization:${name}`),
  account: (customerAccountNumber: string) => nameUuid(`account:${customerAccountNumber}`),
  user: (email: string) => nameUuid(`user:${email}`),
  device: (serialNumber: string) => nameUuid(`device:${serialNumber}`),
  stockLocation: (name: string) => nameUuid(`stock-location:${name}`),
  model: (name: string) => nameUuid(`model:${name}`),
};
