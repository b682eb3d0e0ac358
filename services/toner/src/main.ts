import { runSubgraphMain } from '@portal/platform';
import { toner } from './subgraph';

runSubgraphMain(toner);
