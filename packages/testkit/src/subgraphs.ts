import type { BaseContext, SubgraphDefinition } from '@portal/platform';
import { identity } from '../../../services/identity/src/subgraph';
import { devices } from '../../../services/devices/src/subgraph';
import { serviceOrders } from '../../../services/service-orders/src/subgraph';
import { meterReadings } from '../../../services/meter-readings/src/subgraph';
import { toner } from '../../../services/toner/src/subgraph';
import { knowledge } from '../../../services/knowledge/src/subgraph';

/** Every subgraph the test system starts, in SUBGRAPHS order (add a new one here too). */
export const SUBGRAPH_DEFINITIONS: SubgraphDefinition<BaseContext>[] = [
  identity,
  devices,
  serviceOrders,
  meterReadings,
  toner,
  knowledge,
] as never[];
