import { runSubgraphMain } from '@portal/platform';
import { meterReadings } from './subgraph';

runSubgraphMain(meterReadings);
