import { runSubgraphMain } from '@portal/platform';
import { identity } from './subgraph';

runSubgraphMain(identity);
