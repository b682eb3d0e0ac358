// The versioned event contracts between subgraphs (topic, type, version, payload), each file
// one publisher's; consumers' projection bases and the rules every consumer applies with them.
export * from './device-events';
export * from './toner-events';
export * from './identity-events';
export * from './service-order-events';
export * from './meter-reading-events';
