import { runSubgraphMain } from '@portal/platform';
import { devices } from './subgraph';

runSubgraphMain(devices);
