export * from './embedded-postgres';
export * from './harness';
export * from './migrations';
export * from './dev-mailbox';
