import { runSubgraphMain } from '@portal/platform';
import { knowledge } from './subgraph';

runSubgraphMain(knowledge);
