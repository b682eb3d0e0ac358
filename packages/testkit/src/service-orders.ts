import { fromGlobalId } from '@portal/platform';
import { ServiceOrder } from '../../../services/service-orders/src/entities/service-order.entity';
import { deliverPendingEvents } from './builders';
import type { TestSystem } from './system';

/** What the service-order tests read of an order. */
export interface Order {
  id: string;
  number: string;
  status: string;
  channel: string;
  type: string;
  description: string;
  errorCode: string | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  submittedAt: string;
  receivedAt: string;
  responseDueAt: string;
  respondedAt: string | null;
  responseOverdue: boolean;
  scheduledVisitAt: string | null;
  technicianName: string | null;
  technician: { id: string } | null;
  device: { id: string; serialNumber: string };
  history: HistoryLine[];
}

export interface HistoryLine {
  at: string;
  by: string;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
  internal: boolean;
}

export interface UserError {
  code: string;
  field: string[] | null;
  message: string;
}

/** A mutation's outcome: its payload, or the code of the GraphQL error that refused it. */
export interface Outcome {
  serviceOrder: Order | null;
  userErrors: UserError[];
  /** FORBIDDEN, UNAUTHENTICATED, … when the request failed as a whole. */
  error: string | null;
}

export const ORDER_FIELDS = `id number status channel type description errorCode contactName contactPhone
  contactEmail submittedAt receivedAt responseDueAt respondedAt responseOverdue scheduledVisitAt
  technicianName technician { id } device { id serialNumber }
  history { at by fromStatus toStatus comment internal }`;

const PAYLOAD = `serviceOrder { ${ORDER_FIELDS} } userErrors { code field message }`;

export const MUTATIONS = {
  create: `mutation ($input: CreateServiceOrderInput!) {
    result: createServiceOrder(input: $input) { ${PAYLOAD} } }`,
  acknowledge: `mutation ($id: ID!, $comment: String) {
    result: acknowledgeServiceOrder(id: $id, comment: $comment) { ${PAYLOAD} } }`,
  schedule: `mutation ($id: ID!, $visitAt: DateTime!, $technicianId: ID!, $technicianName: String, $comment: String) {
    result: scheduleServiceOrder(id: $id, visitAt: $visitAt, technicianId: $technicianId,
      technicianName: $technicianName, comment: $comment) { ${PAYLOAD} } }`,
  start: `mutation ($id: ID!) { result: startServiceOrder(id: $id) { ${PAYLOAD} } }`,
  resolve: `mutation ($id: ID!, $comment: String!) {
    result: resolveServiceOrder(id: $id, comment: $comment) { ${PAYLOAD} } }`,
  close: `mutation ($id: ID!, $comment: String) {
    result: closeServiceOrder(id: $id, comment: $comment) { ${PAYLOAD} } }`,
  cancel: `mutation ($id: ID!, $reason: String!) {
    result: cancelServiceOrder(id: $id, reason: $reason) { ${PAYLOAD} } }`,
  comment: `mutation ($id: ID!, $comment: String!, $internal: Boolean) {
    result: commentOnServiceOrder(id: $id, comment: $comment, internal: $internal) { ${PAYLOAD} } }`,
} as const;
export type Action = keyof typeof MUTATIONS;

/** Tomorrow at this time: a visit time the planner may choose. */
export const visitTime = () => new Date(Date.now() + 24 * 3_600_000).toISOString();

/** A new order's input for a device (its global id), `extra` over plain defaults. */
export function orderFor(device: string, extra: Record<string, unknown> = {}) {
  return {
    deviceId: device,
    type: 'MAINTENANCE',
    description: 'Streaks on every copy from the document feeder.',
    contactName: 'Facility desk',
    contactPhone: '+45 33 12 34 56',
    ...extra,
  };
}

/**
 * Moves an unanswered order's (global id) submission and response deadline back, so that its
 * response is `hours` overdue: what only time does otherwise, for tests that show an overdue
 * order without the demo world's.
 */
export async function makeOverdue(system: TestSystem, order: string, hours = 2): Promise<void> {
  const dueAt = new Date(Date.now() - hours * 3_600_000);
  const submittedAt = new Date(dueAt.getTime() - 24 * 3_600_000);
  await system
    .subgraph('service-orders')
    .dataSource.getRepository(ServiceOrder)
    .update(fromGlobalId('ServiceOrder', order)!, {
      submittedAt,
      receivedAt: submittedAt,
      responseDueAt: dueAt,
    });
}

/** The service-order API through the gateway, as the tests call it. */
export function serviceOrderApi(system: TestSystem) {
  const run = async (
    token: string | undefined,
    action: Action,
    variables: Record<string, unknown>,
  ): Promise<Outcome> => {
    const result = await system.graphql<{ result: Omit<Outcome, 'error'> }>(
      MUTATIONS[action],
      variables,
      { token },
    );
    if (result.errors?.length) {
      return {
        serviceOrder: null,
        userErrors: [],
        error: result.errors[0]!.extensions?.code ?? 'UNKNOWN',
      };
    }
    // A schedule tells devices whose work the order is (an event): the technician sees the
    // device, and so the order's device, once it arrives. As a technician opening the order
    // later would, the next step finds it arrived (a busy run's `start` right after found the
    // device not yet visible: the order null).
    if (action === 'schedule' && result.data?.result.serviceOrder)
      await deliverPendingEvents(system);
    return { ...result.data!.result, error: null };
  };

  /** Runs the action and fails unless it succeeds. */
  const ok = async (
    token: string,
    action: Action,
    variables: Record<string, unknown>,
  ): Promise<Order> => {
    const outcome = await run(token, action, variables);
    if (outcome.error || outcome.userErrors.length || !outcome.serviceOrder)
      throw new Error(`${action} failed: ${JSON.stringify(outcome)}`);
    return outcome.serviceOrder;
  };

  const order = async (token: string, id: string): Promise<Order | null> => {
    const result = await system.graphql<{ serviceOrder: Order | null }>(
      `query ($id: ID!) { serviceOrder(id: $id) { ${ORDER_FIELDS} } }`,
      { id },
      { token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.serviceOrder;
  };

  return { run, ok, order };
}
