import { randomUUID } from 'node:crypto';
import {
  Brackets,
  In,
  type DataSource,
  type EntityManager,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  anyOf,
  badUserInput,
  byKeys,
  decodeCursor,
  forbidden,
  fromGlobalId,
  groupByKeys,
  pageSize,
  refused,
  toConnection,
  toGlobalId,
  unauthenticated,
  userError,
  type Connection,
  type Principal,
  type RequestLoaders,
  type UserError,
  queueMail,
  IdempotencyKeys,
  type CreateOutcome,
  type MailText,
  recordEvent,
  SERVICE_ORDER_EVENT_VERSION,
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  type ServiceOrderStatusChangedV1,
} from '@portal/platform';
import {
  OPEN_STATUSES,
  ServiceOrder,
  type Channel,
  type ServiceOrderStatus,
  type ServiceOrderType,
} from '../entities/service-order.entity';
import { ServiceOrderEvent } from '../entities/service-order-event.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import { StaffMemberProjection } from '../entities/staff-member-projection.entity';
import {
  assertMayAttempt,
  createRefusal,
  mayCreateOrderOn,
  maySeeOrdersOf,
  type CreatableDevice,
  onlyAssignedTechnician,
  permissionsOn,
  TRANSITIONS,
  type TransitionAction,
} from './service-order-access';
import { calendarFor, DEFAULT_COUNTRY } from './calendars';
import { refreshOrderDays } from './order-rollup';
import { recordAssignmentEvent } from '../events';
import { acknowledgedMail, resolvedMail, scheduledMail, type OrderMailFacts } from './mail-texts';

/** A device as this subgraph refers to it (global id); the device itself is the devices subgraph's. */
export interface DeviceRef {
  id: string;
}

/** A user reference identity resolves (global id). */
export interface UserRef {
  __typename: 'User';
  id: string;
}

export interface CreateServiceOrderInput {
  deviceId: string;
  type: ServiceOrderType;
  description: string;
  errorCode?: string | null;
  contactName: string;
  contactPhone: string;
  contactEmail?: string | null;
  /** Optional: a retry with the same key and input replays the first answer. */
  idempotencyKey?: string | null;
}

export interface ServiceOrderFilter {
  status?: ServiceOrderStatus[] | null;
  deviceId?: string | null;
  accountId?: string | null;
  overdue?: boolean | null;
  technicianId?: string | null;
  search?: string | null;
}

export interface ServiceOrderPayload {
  serviceOrder: ServiceOrder | null;
  userErrors: UserError[];
}

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
 * The SQL twin of responseOverdue(): late response, or due and still missing. Never NULL (so
 * NOT works), and written as the service_order_overdue index's condition plus the due time,
 * so PostgreSQL can prove the index applies.
 */
const OVERDUE_SQL = `((o.responded_at IS NOT NULL AND o.responded_at > o.response_due_at)
  OR (o.responded_at IS NULL AND o.status <> 'CANCELLED' AND o.response_due_at < :now))`;

/** OPEN_STATUSES as SQL constants: the service_order_open index applies to them. */
const OPEN_SQL = `o.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** A list cursor: the time the list sorts by and the order's sequence, checked before use. */
function orderCursor(after: string | null | undefined): { at: string; seq: string } | null {
  const values = decodeCursor(after, 2);
  if (!values) return null;
  const [at, seq] = values.map(String) as [string, string];
  if (Number.isNaN(Date.parse(at)) || !/^\d{1,18}$/.test(seq))
    throw badUserInput('`after` is not a cursor from this list.');
  return { at, seq };
}

/** SO-000123 */
export function orderNumber(order: Pick<ServiceOrder, 'sequence'>): string {
  return `SO-${String(order.sequence).padStart(6, '0')}`;
}

/**
 * Whether the response is late at `now`: it came after the due time, or it is due and still
 * missing. A cancelled order without response is no longer waiting for one.
 */
export function responseOverdue(
  order: Pick<ServiceOrder, 'respondedAt' | 'responseDueAt' | 'status'>,
  now: Date,
): boolean {
  if (order.respondedAt) return order.respondedAt.getTime() > order.responseDueAt.getTime();
  return order.status !== 'CANCELLED' && now.getTime() > order.responseDueAt.getTime();
}

/** Service orders: what the caller may see and do, the lifecycle, and its history. */
export class ServiceOrderService {
  private readonly idempotency: IdempotencyKeys;

  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
    private readonly afterCommit: () => void,
  ) {
    this.idempotency = new IdempotencyKeys(dataSource, principal);
  }

  // ------------------------------------------------------------------ reads

  /**
   * The orders the caller may see: staff by response due time (the queue), customers newest
   * first; keyset-paginated.
   */
  async list(
    filter: ServiceOrderFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ServiceOrder>> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const size = pageSize(first);
    const cursor = orderCursor(after);
    const query = this.visibleOrders();
    if (!query) return toConnection([], size, () => [], 0);
    this.applyFilter(query, filter);
    // count(*), not TypeORM's COUNT(DISTINCT id): the join is to at most one projection row,
    // and the distinct count sorts every matching order.
    const counted = await query.clone().select('count(*)', 'count').getRawOne<{ count: string }>();
    const totalCount = Number(counted?.count ?? 0);
    const queue = this.principal.isStaff;
    if (cursor) {
      query.andWhere(
        queue
          ? '(o.response_due_at, o.sequence) > (CAST(:cursorAt AS timestamptz), CAST(:cursorSeq AS bigint))'
          : '(o.submitted_at, o.sequence) < (CAST(:cursorAt AS timestamptz), CAST(:cursorSeq AS bigint))',
        { cursorAt: cursor.at, cursorSeq: cursor.seq },
      );
    }
    const rows = await (
      queue
        ? query.orderBy('o.response_due_at', 'ASC').addOrderBy('o.sequence', 'ASC')
        : query.orderBy('o.submitted_at', 'DESC').addOrderBy('o.sequence', 'DESC')
    )
      .limit(size + 1)
      .getMany();
    for (const order of rows) this.prime(order);
    return toConnection(
      rows,
      size,
      (o) => [(queue ? o.responseDueAt : o.submittedAt).toISOString(), o.sequence],
      totalCount,
    );
  }

  /** An order the caller may see, else null (never "exists but forbidden"); batched. */
  async byId(globalId: string): Promise<ServiceOrder | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    return this.reference(globalId);
  }

  /** An order another subgraph refers to; null when the caller may not see it. */
  async reference(globalId: string): Promise<ServiceOrder | null> {
    const id = fromGlobalId('ServiceOrder', globalId);
    if (!id || this.principal.isAnonymous) return null;
    const order = await this.orderLoader().load(id);
    if (!order || !this.mayWorkOn(order)) return null;
    return maySeeOrdersOf(this.principal, await this.deviceLoader().load(order.deviceId))
      ? order
      : null;
  }

  /** A device's orders (newest first) as the caller may see them; batched over devices. */
  async forDevice(
    device: DeviceRef,
    status: ServiceOrderStatus[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ServiceOrder>> {
    const size = pageSize(first);
    const cursor = orderCursor(after);
    const deviceId = fromGlobalId('Device', device.id);
    if (!deviceId || this.principal.isAnonymous) return toConnection([], size, () => [], 0);
    const statuses = status?.length ? [...new Set(status)].sort() : null;
    const loader = this.loaders.get<string, { rows: ServiceOrder[]; totalCount: number }>(
      `device-orders:${JSON.stringify([statuses, size, cursor])}`,
      (ids) => this.loadDeviceOrders(ids, statuses, size, cursor),
    );
    const { rows, totalCount } = await loader.load(deviceId);
    return toConnection(rows, size, (o) => [o.submittedAt.toISOString(), o.sequence], totalCount);
  }

  /** Whether the caller may create an order on the device now, as createServiceOrder judges it. */
  async mayCreateFor(device: DeviceRef): Promise<boolean> {
    const deviceId = fromGlobalId('Device', device.id);
    if (!deviceId) return false;
    return mayCreateOrderOn(this.principal, await this.deviceLoader().load(deviceId));
  }

  /** Orders of the device not yet resolved, closed or cancelled; batched over devices. */
  async openCountFor(device: DeviceRef): Promise<number> {
    const deviceId = fromGlobalId('Device', device.id);
    if (!deviceId || this.principal.isAnonymous) return 0;
    return this.loaders
      .get<string, number>('open-order-count', async (ids) => {
        const visible = await this.visibleDeviceIds(ids);
        if (visible.length === 0) return ids.map(() => 0);
        const counts: { device_id: string; count: string }[] = await this.orders()
          .createQueryBuilder('o')
          .select('o.device_id', 'device_id')
          .addSelect('count(*)', 'count')
          .where('o.device_id = ANY(:visible)', { visible })
          .andWhere(OPEN_SQL)
          .andWhere('(CAST(:technician AS uuid) IS NULL OR o.technician_id = :technician)', {
            technician: this.assignedTechnicianScope(),
          })
          .groupBy('o.device_id')
          .getRawMany();
        const byDevice = new Map(counts.map((c) => [c.device_id, Number(c.count)]));
        return ids.map((id) => byDevice.get(id) ?? 0);
      })
      .load(deviceId);
  }

  /** The order's history, oldest first; internal notes only for staff. Batched over orders. */
  async historyOf(order: ServiceOrder): Promise<ServiceOrderEvent[]> {
    return this.loaders
      .get<string, ServiceOrderEvent[]>('history', async (ids) => {
        const query = this.dataSource
          .getRepository(ServiceOrderEvent)
          .createQueryBuilder('e')
          .where('e.order_id = ANY(:ids)', { ids: [...ids] });
        if (!this.principal.isStaff) query.andWhere('e.internal = false');
        const rows = await query.orderBy('e.id').getMany();
        return groupByKeys(ids, rows, (e) => e.orderId);
      })
      .load(order.id);
  }

  /** Staff see the person (identity resolves it); customers read technicianName. */
  technicianOf(order: ServiceOrder): UserRef | null {
    if (!this.principal.isStaff || !order.technicianId) return null;
    return { __typename: 'User', id: toGlobalId('User', order.technicianId) };
  }

  responseOverdue(order: ServiceOrder): boolean {
    return responseOverdue(order, new Date());
  }

  /** What the caller may do to the order now, by the rules the mutations apply. */
  permissionsOn(order: ServiceOrder) {
    return permissionsOn(this.principal, order);
  }

  // ------------------------------------------------------------------ writes

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
        answer: async (id) => ({ serviceOrder: await this.fresh(id), userErrors: [] }),
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
    return { serviceOrder: await this.fresh(id), userErrors: [] };
  }

  // ------------------------------------------------------------------ internals

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
    return { serviceOrder: await this.fresh(id), userErrors: [] };
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
    if (!order || !this.mayWorkOn(order)) return null;
    if (this.principal.isStaff) return order;
    const device = await manager.findOneBy(DeviceProjection, { deviceId: order.deviceId });
    return maySeeOrdersOf(this.principal, device) ? order : null;
  }

  /**
   * docs/domain.md: a technician's work is the orders assigned to it; any other order it neither
   * sees nor acts on ("not found"). Every other caller: as its other rules decide.
   */
  private mayWorkOn(order: Pick<ServiceOrder, 'technicianId'>): boolean {
    return (
      !onlyAssignedTechnician(this.principal) || order.technicianId === this.principal.claims.id
    );
  }

  /** The technician whose assigned orders are all the caller sees, if it is one. */
  private assignedTechnicianScope(): string | null {
    return onlyAssignedTechnician(this.principal) ? this.principal.claims.id : null;
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

  /** The order as it is now (after a write), bypassing this request's loaders. */
  private async fresh(id: string): Promise<ServiceOrder> {
    const order = await this.orders().findOneByOrFail({ id });
    this.orderLoader().clear(id).prime(id, order);
    return order;
  }

  private orders() {
    return this.dataSource.getRepository(ServiceOrder);
  }

  private orderLoader() {
    return this.loaders.get<string, ServiceOrder | null>('order', async (ids) =>
      byKeys(ids, await this.orders().findBy({ id: anyOf(ids) }), (o) => o.id),
    );
  }

  /** What visibility and creation need of a device: its account and status, not the snapshot. */
  private deviceLoader() {
    return this.loaders.get<string, CreatableDevice | null>('device', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(DeviceProjection).find({
          select: { deviceId: true, accountId: true, status: true },
          where: { deviceId: anyOf(ids) },
        }),
        (d) => d.deviceId,
      ),
    );
  }

  private prime(order: ServiceOrder): void {
    this.orderLoader().prime(order.id, order);
  }

  /** The devices among `ids` whose orders the caller may see. */
  private async visibleDeviceIds(ids: readonly string[]): Promise<string[]> {
    if (this.principal.isStaff) return [...ids];
    const devices = await this.deviceLoader().loadMany(ids);
    return ids.filter((_id, index) => {
      const device = devices[index];
      return !(device instanceof Error) && maySeeOrdersOf(this.principal, device ?? null);
    });
  }

  /** One page of orders per device for a batch of devices: three statements however many. */
  private async loadDeviceOrders(
    ids: readonly string[],
    statuses: ServiceOrderStatus[] | null,
    size: number,
    cursor: { at: string; seq: string } | null,
  ): Promise<{ rows: ServiceOrder[]; totalCount: number }[]> {
    const visible = await this.visibleDeviceIds(ids);
    if (visible.length === 0) return ids.map(() => ({ rows: [], totalCount: 0 }));
    const table = this.orders().metadata.tablePath;
    const params: Record<string, unknown> = { visible, limit: size + 1 };
    let where = 's.device_id = ANY(:visible)';
    const technician = this.assignedTechnicianScope();
    if (technician) {
      where += ' AND s.technician_id = :technician';
      params.technician = technician;
    }
    if (statuses) {
      where += ' AND s.status IN (:...statuses)';
      params.statuses = statuses;
    }
    const counts: { device_id: string; count: string }[] = await this.orders()
      .createQueryBuilder('s')
      .select('s.device_id', 'device_id')
      .addSelect('count(*)', 'count')
      .where(where, params)
      .groupBy('s.device_id')
      .getRawMany();
    if (cursor) {
      where +=
        ' AND (s.submitted_at, s.sequence) < (CAST(:cursorAt AS timestamptz), CAST(:cursorSeq AS bigint))';
      params.cursorAt = cursor.at;
      params.cursorSeq = cursor.seq;
    }
    const rows = await this.orders()
      .createQueryBuilder('o')
      .where(
        `o.id IN (SELECT r.id FROM (SELECT s.id, row_number() OVER (PARTITION BY s.device_id
           ORDER BY s.submitted_at DESC, s.sequence DESC) AS n FROM ${table} s WHERE ${where}) r
         WHERE r.n <= :limit)`,
        params,
      )
      .orderBy('o.submitted_at', 'DESC')
      .addOrderBy('o.sequence', 'DESC')
      .getMany();
    for (const order of rows) this.prime(order);
    const byDevice = groupByKeys(ids, rows, (o) => o.deviceId);
    const totals = new Map(counts.map((c) => [c.device_id, Number(c.count)]));
    return ids.map((id, index) => ({ rows: byDevice[index]!, totalCount: totals.get(id) ?? 0 }));
  }

  /**
   * The same visibility as maySeeOrdersOf, as SQL over the order and its device's projection;
   * null when the caller can see no order at all.
   */
  private visibleOrders(): SelectQueryBuilder<ServiceOrder> | null {
    const p = this.principal;
    const query = this.orders().createQueryBuilder('o');
    const technician = this.assignedTechnicianScope();
    if (technician) return query.where('o.technician_id = :technician', { technician });
    // Staff see every order but partners' sandboxes': without the join the overdue count reads
    // its index alone.
    if (p.isStaff) return query.where('NOT o.sandbox');
    withDevice(query);
    const admin = p.accountsWhere('ADMINISTRATOR');
    const deviceManager = p.accountsWhere('DEVICE_MANAGER');
    const conditions: [string, Record<string, unknown>][] = [];
    if (admin.length) conditions.push(['d.account_id IN (:...admin)', { admin }]);
    if (deviceManager.length && p.claims.deviceIds.length) {
      conditions.push([
        '(o.device_id IN (:...assigned) AND d.account_id IN (:...deviceManager))',
        { assigned: p.claims.deviceIds, deviceManager },
      ]);
    }
    if (conditions.length === 0) return null;
    return query.where(
      new Brackets((q) => {
        for (const [sql, params] of conditions) q.orWhere(sql, params);
      }),
    );
  }

  private applyFilter(
    query: SelectQueryBuilder<ServiceOrder>,
    filter: ServiceOrderFilter | null | undefined,
  ): void {
    if (!filter) return;
    if (filter.status?.length)
      query.andWhere('o.status IN (:...statuses)', { statuses: filter.status });
    if (filter.deviceId !== null && filter.deviceId !== undefined) {
      const deviceId = fromGlobalId('Device', filter.deviceId);
      if (!deviceId) throw badUserInput('`deviceId` is not a device id.');
      query.andWhere('o.device_id = :deviceId', { deviceId });
    }
    if (filter.accountId !== null && filter.accountId !== undefined) {
      const accountId = fromGlobalId('Account', filter.accountId);
      if (!accountId) throw badUserInput('`accountId` is not an account id.');
      withDevice(query).andWhere('d.account_id = :accountId', { accountId });
    }
    if (typeof filter.overdue === 'boolean') {
      query.andWhere(filter.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, { now: new Date() });
    }
    if (filter.technicianId !== null && filter.technicianId !== undefined) {
      const technicianId = fromGlobalId('User', filter.technicianId);
      if (!technicianId) throw badUserInput('`technicianId` is not a user id.');
      query.andWhere('o.technician_id = :technicianId', { technicianId });
    }
    if (filter.search !== null && filter.search !== undefined)
      this.applySearch(query, filter.search);
  }

  /** What a caller quotes on the phone: the order number, words of the problem, a serial. */
  private applySearch(query: SelectQueryBuilder<ServiceOrder>, search: string): void {
    const text = search.trim();
    if (!text || text.length > 100) throw badUserInput('`search` has 1 to 100 characters.');
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const number = /^(?:SO-?)?0*(\d{1,15})$/i.exec(text)?.[1];
    withDevice(query).andWhere(
      new Brackets((q) => {
        q.where('o.description ILIKE :pattern', { pattern })
          .orWhere('o.error_code ILIKE :pattern')
          .orWhere('d.serial_number ILIKE :pattern');
        if (number) q.orWhere('o.sequence = :number', { number });
      }),
    );
  }
}

/** Joins the order's device projection as `d`, once. */
function withDevice(query: SelectQueryBuilder<ServiceOrder>): SelectQueryBuilder<ServiceOrder> {
  if (!query.expressionMap.aliases.some((alias) => alias.name === 'd'))
    query.leftJoin(DeviceProjection, 'd', 'd.device_id = o.device_id');
  return query;
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
