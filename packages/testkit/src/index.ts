// The harness every integration test starts from: `import { startTestSystem } from '@portal/testkit'`.
// A subgraph's API helpers are imported by path: '@portal/testkit/toner', '.../service-orders', ...
export * from './system';
export * from './mail';
export * from './client-address';
export * from './subgraphs';
export * from './builders';
