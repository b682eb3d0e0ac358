import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  forbidden,
  fromGlobalId,
  refused,
  userError,
  type Principal,
  type UserError,
  queueMail,
  IdempotencyKeys,
  type CreateOutcome,
  type MailText,
  recordEvent,
} from '@portal/platform';
import {
  SERVICE_ORDER_EVENT_VERSION,
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  type ServiceOrderStatusChangedV1,
} from '@portal/event-contracts';
import {
  OPEN_STATUSES,
  ServiceOrder,
  type Channel,
  type ServiceOrderStatus,
} from '../entities/service-order.entity';
import { ServiceOrderEvent } from '../entities/service-order-event.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import { StaffMemberProjection } from '../entities/staff-member-projection.entity';
import {
  assertMayAttempt,
  createRefusal,
  maySeeOrdersOf,
  onlyAssignedTechnician,
  TRANSITIONS,
  type TransitionAction,
} from './service-order-access';
import { calendarFor, DEFAULT_COUNTRY } from './calendars';
import { refreshOrderDays } from './order-rollup';
import { recordAssignmentEvent } from '../events';
import { acknowledgedMail, resolvedMail, scheduledMail, type OrderMailFacts } from './mail-texts';
import {
  orderNumber,
  type CreateServiceOrderInput,
  type ServiceOrderPayload,
  type ServiceOrderService,
} from './service-order.service';

const NO_ORDER = { serviceOrder: null };
const MAX_DESCRIPTION = 2000;
const MAX_COMMENT = 2000;
const PHONE = /^\+?[0-9 ()-]{6,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ERROR_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** Clock skew allowed for a visit time "now". */
const VISIT_SLACK_MS = 5 * 60_000;
const MAX_VISIT_AHEAD_MS = 366 * 24 * 3_600_000;

/**
 * The service order workflow: creating orders and moving them along the lifecycle (acknowledge,
 * schedule, start, resolve, close, cancel) with their comments, history, mails and events.
 * What the caller may see and read is ServiceOrderService's.
 */
export class ServiceOrderWorkflow {
  private readonly idempotency: IdempotencyKeys;

  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    /** The reads: answers a change with the order as it is now. */
    private readonly reads: ServiceOrderService,
    private readonly afterCommit: () => void,
  ) {
    this.idempotency = new IdempotencyKeys(dataSource, principal);
  }

  /**
   * A new order. With an idempotency key, a retry of the same input replays the first order
   * instead of creating another (a client that timed out cannot know whether it was applied).
   */
  async create(input: CreateServiceOrderInput): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:create');
    const problems = validateCreate(input);
    if (problems.length) return { ...NO_ORDER, userErrors: problems };
    try {
      return await this.idempotency.create('createServiceOrder', input.idempotencyKey, input, {
        create: (manager) => this.insertOrder(manager, input),
        answer: async (id) => ({ serviceOrder: await this.reads.fresh(id), userErrors: [] }),
        refuse: (code, message) => refused(code, ['input', 'idempotencyKey'], message, NO_ORDER),
      });
    } catch (error) {
      // Another breakdown order for the device committed meanwhile (the partial unique index).
      const deviceId = fromGlobalId('Device', input.deviceId);
      if ((error as { code?: string }).code === '23505' && input.type === 'BREAKDOWN' && deviceId) {
        const open = await this.openBreakdownOf(this.dataSource.manager, deviceId);
        if (open) return duplicate(open);
      }
      throw error;
    }
  }

  /** Judges a valid input against the device and writes the order in the transaction given. */
  private async insertOrder(
    manager: EntityManager,
    input: CreateServiceOrderInput,
  ): Promise<CreateOutcome<ServiceOrderPayload>> {
    const deviceId = fromGlobalId('Device', input.deviceId);
    const device = deviceId
      ? await manager.getRepository(DeviceProjection).findOneBy({ deviceId })
      : null;
    const refusal = createRefusal(this.principal, device);
    if (!device || refusal === 'NOT_FOUND')
      return { refused: refused('NOT_FOUND', ['input', 'deviceId'], 'No such device.', NO_ORDER) };
    if (refusal === 'DEVICE_NOT_ACTIVE') {
      const message =
        device.status === 'REMOVAL_REQUESTED'
          ? 'Removal of this device has been requested, so it takes no service orders. Withdraw the removal request first.'
          : 'This device has been decommissioned and takes no service orders.';
      return { refused: refused('DEVICE_NOT_ACTIVE', ['input', 'deviceId'], message, NO_ORDER) };
    }
    if (input.type === 'BREAKDOWN') {
      const open = await this.openBreakdownOf(manager, device.deviceId);
      if (open) return { refused: duplicate(open) };
    }

    const calendar = calendarFor(DEFAULT_COUNTRY);
    const submittedAt = new Date();
    const receivedAt = calendar.receivedAt(submittedAt);
    const responseTimeHours = device.snapshot.responseTimeHours;
    const channel: Channel = this.principal.isStaff ? 'PHONE' : 'PORTAL';
    const id = randomUUID();
    await manager.insert(ServiceOrder, {
      id,
      deviceId: device.deviceId,
      type: input.type,
      status: 'SUBMITTED',
      channel,
      description: input.description.trim(),
      errorCode: normaliseErrorCode(input.errorCode),
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone.trim(),
      contactEmail: input.contactEmail?.trim() || null,
      mailTo: this.mailRecipient(input.contactEmail?.trim() || null),
      calendar: DEFAULT_COUNTRY,
      submittedAt,
      receivedAt,
      responseTimeHours,
      responseDueAt: calendar.addBusinessHours(receivedAt, responseTimeHours),
      respondedAt: null,
      scheduledVisitAt: null,
      technicianId: null,
      technicianName: null,
      createdBy: this.principal.actor,
      sandbox: device.snapshot.sandbox === true,
    });
    await this.recordHistory(manager, id, submittedAt, null, 'SUBMITTED', null, false);
    return { created: id };
  }

  async cancel(globalId: string, reason: string): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:cancel');
    const comment = reason.trim();
    if (!comment || comment.length > MAX_COMMENT)
      return refused(
        'INVALID_INPUT',
        ['reason'],
        'Give a reason of 1 to 2,000 characters.',
        NO_ORDER,
      );
    return this.transition(globalId, 'service-order:cancel', comment, () => ({}));
  }

  async acknowledge(
    globalId: string,
    comment: string | null | undefined,
  ): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:acknowledge');
    const text = optionalComment(comment);
    if (text === false) return invalidComment('comment');
    return this.transition(
      globalId,
      'service-order:acknowledge',
      text,
      () => ({}),
      (order, facts) => acknowledgedMail(facts, order.responseDueAt, text),
    );
  }

  async schedule(
    globalId: string,
    args: {
      visitAt: Date;
      technicianId: string;
      comment?: string | null;
    },
  ): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:schedule');
    const problems: UserError[] = [];
    const now = Date.now();
    const visitAt = args.visitAt;
    if (visitAt.getTime() < now - VISIT_SLACK_MS || visitAt.getTime() > now + MAX_VISIT_AHEAD_MS) {
      problems.push(
        userError('INVALID_INPUT', ['visitAt'], 'Choose a visit time from now to a year ahead.'),
      );
    }
    const technicianId = fromGlobalId('User', args.technicianId);
    if (!technicianId)
      problems.push(
        userError('INVALID_INPUT', ['technicianId'], 'Choose a technician (a user id).'),
      );
    const comment = optionalComment(args.comment);
    if (comment === false) problems.push(commentProblem('comment'));
    if (problems.length || comment === false) return { ...NO_ORDER, userErrors: problems };
    const technician = await this.activeTechnician(technicianId!);
    if (!technician)
      return refused(
        'TECHNICIAN_NOT_FOUND',
        ['technicianId'],
        'No active technician with this id: choose one from staffUsers(staffRole: TECHNICIAN).',
        NO_ORDER,
      );
    return this.transition(
      globalId,
      'service-order:schedule',
      comment,
      // Customers read the technician's name as identity knows it, never a typed one.
      () => ({ scheduledVisitAt: visitAt, technicianId, technicianName: technician.name }),
      (order, facts) => scheduledMail(facts, visitAt, order.technicianName, comment),
    );
  }

  /** A technician who signed up and is not disabled, as identity publishes staff. */
  private activeTechnician(userId: string): Promise<StaffMemberProjection | null> {
    return this.dataSource
      .getRepository(StaffMemberProjection)
      .findOneBy({ userId, staffRole: 'TECHNICIAN', active: true });
  }

  async start(globalId: string): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:start');
    return this.transition(globalId, 'service-order:start', null, (order, at) => ({
      respondedAt: order.respondedAt ?? at,
      // The technician's own name, from its principal: what customers read from now on.
      technicianName: order.technicianName ?? this.principal.claims.name,
    }));
  }

  async resolve(globalId: string, comment: string): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:resolve');
    const text = comment.trim();
    if (!text || text.length > MAX_COMMENT)
      return refused(
        'INVALID_INPUT',
        ['comment'],
        'Say what was done, in 1 to 2,000 characters.',
        NO_ORDER,
      );
    return this.transition(
      globalId,
      'service-order:resolve',
      text,
      () => ({}),
      (_order, facts) => resolvedMail(facts, text),
    );
  }

  async close(globalId: string, comment: string | null | undefined): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:close');
    const text = optionalComment(comment);
    if (text === false) return invalidComment('comment');
    return this.transition(globalId, 'service-order:close', text, () => ({}));
  }

  /** A comment in the history; staff may make it an internal note, hidden from customers. */
  async comment(
    globalId: string,
    comment: string,
    internal: boolean | null | undefined,
  ): Promise<ServiceOrderPayload> {
    assertMayAttempt(this.principal, 'service-order:comment');
    const text = comment.trim();
    if (!text || text.length > MAX_COMMENT) return invalidComment('comment');
    if (internal && !this.principal.isStaff)
      return refused(
        'INVALID_INPUT',
        ['internal'],
        'Only the service centre writes internal notes; leave internal out.',
        NO_ORDER,
      );
    const id = fromGlobalId('ServiceOrder', globalId);
    if (!id) return notFound();
    const found = await this.dataSource.transaction(async (manager) => {
      const order = await this.lockVisible(manager, id);
      if (!order) return false;
      this.assertAssignedTechnician(order);
      await this.recordHistory(
        manager,
        id,
        new Date(),
        order.status,
        order.status,
        text,
        !!internal,
      );
      return true;
    });
    if (!found) return notFound();
    return { serviceOrder: await this.reads.fresh(id), userErrors: [] };
  }

  /**
   * Moves the order along the lifecycle in one transaction: locks it, checks the caller may act
   * on it and that the status allows the step, writes the change and its history line, and
   * queues the contact's mail.
   */
  private async transition(
    globalId: string,
    action: TransitionAction,
    comment: string | null,
    change: (order: ServiceOrder, at: Date) => Partial<ServiceOrder>,
    mail?: (order: ServiceOrder, facts: OrderMailFacts) => MailText,
  ): Promise<ServiceOrderPayload> {
    const id = fromGlobalId('ServiceOrder', globalId);
    if (!id) return notFound();
    const { from, to } = TRANSITIONS[action];
    const outcome = await this.dataSource.transaction(async (manager) => {
      const order = await this.lockVisible(manager, id);
      if (!order) return notFound();
      if (!(from as ServiceOrderStatus[]).includes(order.status)) {
        return refused(
          'INVALID_TRANSITION',
          ['id'],
          `${orderNumber(order)} is ${order.status}: it can move to ${to} only from ${from.join(' or ')}.`,
          NO_ORDER,
        );
      }
      this.assertAssignedTechnician(order);
      const at = new Date();
      const changes = { ...change(order, at), status: to };
      const changed: ServiceOrder = { ...order, ...changes };
      await manager.update(ServiceOrder, id, changes);
      await this.recordHistory(manager, id, at, order.status, to, comment, false);
      // Devices learn whose work the order is: its technician then sees the device.
      if (action === 'service-order:schedule' && changed.technicianId)
        await recordAssignmentEvent(manager, { ...changed, technicianId: changed.technicianId });
      const device = await manager.findOneBy(DeviceProjection, { deviceId: order.deviceId });
      const mailedTo = mail && changed.mailTo ? changed.mailTo : null;
      if (mail && mailedTo) {
        await queueMail(
          manager,
          mailedTo,
          mail(changed, {
            number: orderNumber(order),
            serialNumber: device?.serialNumber ?? '',
            contactName: changed.contactName,
            timeZone: calendarFor(order.calendar).config.timeZone,
          }),
        );
      }
      await recordStatusChanged(manager, order, changed, {
        at,
        comment,
        serialNumber: device?.serialNumber ?? '',
        mailedTo,
      });
      return null;
    });
    if (outcome) return outcome;
    this.afterCommit();
    return { serviceOrder: await this.reads.fresh(id), userErrors: [] };
  }

  /**
   * Who gets the order's mails when a contact e-mail is given. A customer's own e-mail is one
   * it confirmed, and it is a user of the organisation: mails go there, also when it typed
   * someone else's address (a typed address is not the owner's consent, and the mails carry
   * customer-written text). The service centre enters orders by phone with the address the
   * customer gives it. An API key has no mailbox of its own: no mail.
   */
  private mailRecipient(contactEmail: string | null): string | null {
    if (!contactEmail) return null;
    if (this.principal.isStaff) return contactEmail;
    return this.principal.claims.kind === 'user' ? (this.principal.claims.email ?? null) : null;
  }

  /** The order locked for the change, when the caller may see it. */
  private async lockVisible(manager: EntityManager, id: string): Promise<ServiceOrder | null> {
    const order = await manager.findOne(ServiceOrder, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!order || !this.reads.mayWorkOn(order)) return null;
    if (this.principal.isStaff) return order;
    const device = await manager.findOneBy(DeviceProjection, { deviceId: order.deviceId });
    return maySeeOrdersOf(this.principal, device) ? order : null;
  }

  /** Technicians act only on the orders assigned to them (staff see every order: no secret). */
  private assertAssignedTechnician(order: ServiceOrder): void {
    if (onlyAssignedTechnician(this.principal) && order.technicianId !== this.principal.claims.id)
      throw forbidden();
  }

  private async recordHistory(
    manager: EntityManager,
    orderId: string,
    at: Date,
    fromStatus: ServiceOrderStatus | null,
    toStatus: ServiceOrderStatus,
    comment: string | null,
    internal: boolean,
  ): Promise<void> {
    await manager.insert(ServiceOrderEvent, {
      orderId,
      at,
      actor: this.principal.actor,
      actorName: this.principal.claims.name ?? this.principal.actor,
      fromStatus,
      toStatus,
      comment,
      internal,
    });
    if (fromStatus !== toStatus) await refreshOrderDays(manager, orderId, at);
  }

  private async openBreakdownOf(
    manager: EntityManager,
    deviceId: string,
  ): Promise<ServiceOrder | null> {
    return manager.findOneBy(ServiceOrder, {
      deviceId,
      type: 'BREAKDOWN',
      status: In(OPEN_STATUSES),
    });
  }
}

function notFound(): ServiceOrderPayload {
  return refused('NOT_FOUND', ['id'], 'No such service order.', NO_ORDER);
}

function duplicate(open: ServiceOrder): ServiceOrderPayload {
  return {
    serviceOrder: open,
    userErrors: [
      userError(
        'DUPLICATE_OPEN_ORDER',
        ['input', 'deviceId'],
        `Breakdown order ${orderNumber(open)} is still open for this device: add to it instead of raising another.`,
      ),
    ],
  };
}

function commentProblem(field: string): UserError {
  return userError('INVALID_INPUT', [field], 'Write a comment of 1 to 2,000 characters.');
}

function invalidComment(field: string): ServiceOrderPayload {
  return { ...NO_ORDER, userErrors: [commentProblem(field)] };
}

/** null when none is given; false when it is too long. */
function optionalComment(comment: string | null | undefined): string | null | false {
  const text = comment?.trim() ?? '';
  if (!text) return null;
  return text.length > MAX_COMMENT ? false : text;
}

function normaliseErrorCode(code: string | null | undefined): string | null {
  return code?.trim().toUpperCase() || null;
}

function validateCreate(input: CreateServiceOrderInput): UserError[] {
  const problems: UserError[] = [];
  const description = input.description.trim();
  if (!description || description.length > MAX_DESCRIPTION) {
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'description'],
        'Describe the problem in 1 to 2,000 characters.',
      ),
    );
  }
  const errorCode = normaliseErrorCode(input.errorCode);
  if (errorCode && !ERROR_CODE.test(errorCode)) {
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'errorCode'],
        'Enter the error code as the panel shows it, e.g. E000007 (letters, digits and hyphens).',
      ),
    );
  }
  const contactName = input.contactName.trim();
  if (!contactName || contactName.length > 200) {
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'contactName'],
        'Give the on-site contact person, 1 to 200 characters.',
      ),
    );
  }
  if (!PHONE.test(input.contactPhone.trim())) {
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'contactPhone'],
        'Give the contact phone number, e.g. +45 33 12 34 56.',
      ),
    );
  }
  const email = input.contactEmail?.trim();
  if (email && (email.length > 254 || !EMAIL.test(email))) {
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'contactEmail'],
        'Enter an e-mail address such as name@company.dk, or leave it out.',
      ),
    );
  }
  return problems;
}

/** The order's step as an event (service-order events, version 1), in the step's transaction. */
async function recordStatusChanged(
  manager: EntityManager,
  before: ServiceOrder,
  after: ServiceOrder,
  step: { at: Date; comment: string | null; serialNumber: string; mailedTo: string | null },
): Promise<void> {
  await recordEvent<ServiceOrderStatusChangedV1>(manager, {
    topic: SERVICE_ORDER_TOPIC,
    type: SERVICE_ORDER_STATUS_CHANGED,
    version: SERVICE_ORDER_EVENT_VERSION,
    aggregateId: before.id,
    payload: {
      orderId: before.id,
      number: orderNumber(before),
      serialNumber: step.serialNumber,
      deviceId: before.deviceId,
      from: before.status,
      to: after.status,
      at: step.at.toISOString(),
      raisedBy: before.createdBy,
      comment: step.comment,
      visitAt:
        after.status === 'SCHEDULED' ? (after.scheduledVisitAt?.toISOString() ?? null) : null,
      technicianName: after.technicianName,
      contactMailedTo: step.mailedTo,
    },
  });
}
