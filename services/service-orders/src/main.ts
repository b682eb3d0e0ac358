import { runSubgraphMain } from '@portal/platform';
import { serviceOrders } from './subgraph';

runSubgraphMain(serviceOrders);
