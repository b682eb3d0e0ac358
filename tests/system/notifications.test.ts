import {
  createCustomer,
  createDevice,
  createStaffUser,
  createUser,
  newAddress,
  startTestSystem,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
  mailCount,
  subjectsSince,
  tokenIn,
  waitForMailWithSubject,
} from '@portal/testkit';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';
import { createIntegrationKey } from '@portal/testkit/toner';

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
/** The customer: its Administrator invites, and grants and revokes the Device Manager's roles. */
let customer: TestCustomer;
let account: TestAccount;
/** The Device Manager who raises the orders, assigned to both devices. */
let manager: TestUser;
let technician: TestUser;
let devices: { id: string; serialNumber: string }[];
let managerToken: string;
let adminToken: string;
let planner: string;
let tech: string;
// The built users' addresses are their own: the run's mail capture is shared by every file.
let MANAGER_MAIL: string;
let unsubscribeLink = '';

beforeAll(async () => {
  // The demo world holds the device model catalogue; everything the tests look at is built here.
  system = await startTestSystem();
  api = serviceOrderApi(system);
  customer = await createCustomer(system);
  account = customer.accounts[0]!;
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const plannerUser = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
  technician = await createStaffUser(system, 'TECHNICIAN', 'Tove Tekniker');
  devices = [
    await createDevice(system, account, { agentToken: agent }),
    await createDevice(system, account, { agentToken: agent }),
  ];
  // Reads Danish: a built user's language is identity's default.
  manager = await createUser(system, {
    organization: customer.organization.id,
    name: 'Dagmar Dahl',
    grants: [['DEVICE_MANAGER', account]],
    devices: devices.map((d) => d.id),
  });
  MANAGER_MAIL = manager.email;
  [managerToken, adminToken, planner, tech] = await Promise.all(
    [manager, customer.administrator, plannerUser, technician].map((user) => user.signIn()),
  );
});
afterAll(async () => {
  await system.stop();
});

interface Item {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
}
interface List {
  totalCount: number;
  unreadCount: number;
  edges: { node: Item }[];
}

async function notificationsOf(token: string | undefined) {
  return system.graphql<{ notifications: List }>(
    `query { notifications(first: 50) { totalCount unreadCount
       edges { node { id type title body link readAt } } } }`,
    {},
    { token },
  );
}
async function list(token: string): Promise<List> {
  const result = await notificationsOf(token);
  expect(result.errors).toBeUndefined();
  return result.data!.notifications;
}
/** Polls until the list holds `count` items (events reach identity asynchronously). */
async function listOf(token: string, count: number): Promise<List> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await list(token);
    if (found.totalCount >= count || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function setPreference(token: string | undefined, type: string, enabled: boolean) {
  return system.graphql<{
    setNotificationPreference: { preferences: { type: string; enabled: boolean }[] };
  }>(
    `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) {
       preferences { type enabled defaultEnabled } userErrors { code } } }`,
    { input: { type, enabled } },
    { token },
  );
}
async function markRead(token: string | undefined, input: Record<string, unknown>) {
  return system.graphql<{
    markNotificationsRead: { unreadCount: number; userErrors: { code: string }[] };
  }>(
    `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {
       unreadCount userErrors { code field } } }`,
    { input },
    { token },
  );
}

describe('service-order notifications to the customer who raised the order', () => {
  it('notifies every status change and the technician visit, as a mail and in the list', async () => {
    const before = (await list(managerToken)).totalCount;
    const since = mailCount(MANAGER_MAIL);
    // No contact e-mail: the order's own contact mails do not go out; the raiser is notified.
    const order = await api.ok(managerToken, 'create', { input: orderFor(devices[0]!.id) });

    await api.ok(planner, 'acknowledge', { id: order.id, comment: 'We are on it.' });
    // The manager reads Danish (its language in identity). By subject: a file read while the
    // capture still writes it has none yet, and is read again.
    const acknowledged = await waitForMailWithSubject(
      MANAGER_MAIL,
      since,
      `Serviceordre ${order.number} er bekræftet`,
    );
    expect(acknowledged.text).toContain(`Hej ${manager.name}`);
    expect(acknowledged.text).toContain('Bemærkning: We are on it.');
    expect(acknowledged.text).toContain(`/service-orders/${order.id}`);
    expect(acknowledged.text).toContain('/settings/notifications');
    // One-click unsubscribe (RFC 8058) for this type, checked in its own test below.
    expect(acknowledged.head).toMatch(
      /^List-Unsubscribe: <http[^>]+\/notifications\/unsubscribe\?token=[\w-]+>$/m,
    );
    expect(acknowledged.head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    unsubscribeLink = /^List-Unsubscribe: <([^>]+)>$/m.exec(acknowledged.head)![1]!;

    await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: technician.id,
      technicianName: technician.name,
    });
    const visit = await waitForMailWithSubject(
      MANAGER_MAIL,
      since,
      `Servicebesøg planlagt: ${order.number}`,
    );
    expect(visit.text).toContain(`Teknikeren er ${technician.name}.`);

    // The language changes to English: what comes next, and the list, are in English.
    await system.identity.dataSource.query(
      `UPDATE identity.app_user SET language = 'en' WHERE email = $1`,
      [MANAGER_MAIL],
    );
    await api.ok(tech, 'start', { id: order.id });
    await waitForMailWithSubject(
      MANAGER_MAIL,
      since,
      `Service order ${order.number} is in progress`,
    );
    await api.ok(tech, 'resolve', { id: order.id, comment: 'Pickup roller replaced.' });
    const resolved = await waitForMailWithSubject(
      MANAGER_MAIL,
      since,
      `Service order ${order.number} is resolved`,
    );
    expect(resolved.text).toContain('Note: Pickup roller replaced.');

    const found = await listOf(managerToken, before + 4);
    expect(found.totalCount).toBe(before + 4);
    expect(found.unreadCount).toBe(before + 4);
    expect(found.edges.slice(0, 4).map((e) => [e.node.type, e.node.title])).toEqual([
      ['SERVICE_ORDER_STATUS_CHANGED', `Service order ${order.number} is resolved`],
      ['SERVICE_ORDER_STATUS_CHANGED', `Service order ${order.number} is in progress`],
      ['SERVICE_VISIT_SCHEDULED', `Service visit scheduled: ${order.number}`],
      ['SERVICE_ORDER_STATUS_CHANGED', `Service order ${order.number} is acknowledged`],
    ]);
    expect(found.edges[0]!.node.link).toBe(`/service-orders/${order.id}`);
    expect(mailCount(MANAGER_MAIL)).toBe(since + 4);

    // Marking one read, then all.
    const one = await markRead(managerToken, { ids: [found.edges[0]!.node.id] });
    expect(one.data!.markNotificationsRead).toEqual({ unreadCount: before + 3, userErrors: [] });
    expect((await list(managerToken)).edges[0]!.node.readAt).not.toBeNull();
    const all = await markRead(managerToken, { all: true });
    expect(all.data!.markNotificationsRead.unreadCount).toBe(0);
    const empty = await markRead(managerToken, {});
    expect(empty.data!.markNotificationsRead.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'ids'] },
    ]);
  });

  it('stops a type the user switched off, and only that type', async () => {
    const off = await setPreference(managerToken, 'SERVICE_ORDER_STATUS_CHANGED', false);
    expect(off.data!.setNotificationPreference.preferences).toEqual([
      { type: 'SERVICE_ORDER_STATUS_CHANGED', enabled: false, defaultEnabled: true },
      { type: 'SERVICE_VISIT_SCHEDULED', enabled: true, defaultEnabled: true },
      ...[
        'METER_READING_DUE',
        'METER_READING_OVERDUE',
        'METER_READINGS_REFUSED',
        'TONER_SHIPMENT_CREATED',
        'TONER_SHIPMENT_DISPATCHED',
        'TONER_SHIPMENT_DELIVERED',
        'TONER_BELOW_MINIMUM',
        'DEVICE_REMOVED',
      ].map((type) => ({ type, enabled: true, defaultEnabled: true })),
      { type: 'ROLE_CHANGED', enabled: true, defaultEnabled: true },
      { type: 'INVITATION_ACCEPTED', enabled: true, defaultEnabled: true },
    ]);
    const before = (await list(managerToken)).totalCount;
    const since = mailCount(MANAGER_MAIL);
    const order = await api.ok(managerToken, 'create', { input: orderFor(devices[1]!.id) });
    await api.ok(planner, 'acknowledge', { id: order.id });
    await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: technician.id,
    });
    // The visit still comes: it is its own type. The acknowledgement does not.
    await waitForMailWithSubject(MANAGER_MAIL, since, `Service visit scheduled: ${order.number}`);
    const found = await listOf(managerToken, before + 1);
    expect(found.totalCount).toBe(before + 1);
    expect(found.edges[0]!.node.type).toBe('SERVICE_VISIT_SCHEDULED');
    // Let identity drain anything still in flight, then check nothing more arrived.
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailCount(MANAGER_MAIL)).toBe(since + 1);
    expect((await list(managerToken)).totalCount).toBe(before + 1);

    await setPreference(managerToken, 'SERVICE_ORDER_STATUS_CHANGED', true);
  });
});

describe('role granted or revoked', () => {
  const onAccount = () => `Stock Manager on ${account.name} (${account.customerAccountNumber})`;
  const change = (name: 'grantRole' | 'revokeRole') =>
    system.graphql(
      `mutation ($userId: ID!, $grant: RoleGrantInput!) {
         ${name}(userId: $userId, grant: $grant) { userErrors { code } } }`,
      { userId: manager.id, grant: { role: 'STOCK_MANAGER', accountId: account.id } },
      { token: adminToken },
    );

  it('tells the user, as a mail and in the list; switched off, it does not', async () => {
    const since = mailCount(MANAGER_MAIL);
    const before = (await list(managerToken)).totalCount;
    expect((await change('grantRole')).errors).toBeUndefined();
    const granted = await waitForMailWithSubject(MANAGER_MAIL, since, `You are now ${onAccount()}`);
    // The manager reads English since the first test.
    expect(granted.text).toContain('You were given the role Stock Manager');
    expect((await change('revokeRole')).errors).toBeUndefined();
    await waitForMailWithSubject(MANAGER_MAIL, since, `You are no longer ${onAccount()}`);
    const found = await list(managerToken);
    expect(found.totalCount).toBe(before + 2);
    expect(found.edges[0]!.node.type).toBe('ROLE_CHANGED');

    await setPreference(managerToken, 'ROLE_CHANGED', false);
    await change('grantRole');
    await change('revokeRole');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await list(managerToken)).totalCount).toBe(before + 2);
    expect(mailCount(MANAGER_MAIL)).toBe(since + 2);
  });
});

describe('invitation accepted', () => {
  async function inviteAndAccept(email: string, name: string) {
    const invited = await system.graphql(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { userErrors { code } } }`,
      {
        input: {
          email,
          name,
          grants: [{ role: 'SELF_SERVICE_USER', accountId: account.id }],
        },
      },
      { token: adminToken },
    );
    expect(invited.errors).toBeUndefined();
    const token = tokenIn(
      await waitForMailWithSubject(email, 0, 'Du er inviteret til Canon Self-Service'),
    );
    const accepted = await system.graphql<{ acceptInvitation: { userErrors: unknown[] } }>(
      `mutation ($token: String!) { acceptInvitation(token: $token, password: "Toner på hylden 2026!") {
         userErrors { code } } }`,
      { token },
    );
    expect(accepted.data!.acceptInvitation.userErrors).toEqual([]);
  }

  it('tells the Administrator who invited, as a mail and in the list; switched off, it does not', async () => {
    const ADMIN_MAIL = customer.administrator.email;
    const since = mailCount(ADMIN_MAIL);
    const before = (await list(adminToken)).totalCount;
    const nina = newAddress(customer, 'nina.notified');
    await inviteAndAccept(nina, 'Nina Notified');
    const mail = await waitForMailWithSubject(
      ADMIN_MAIL,
      since,
      'Nina Notified har taget imod din invitation',
    );
    expect(mail.text).toContain(nina);
    const found = await list(adminToken);
    expect(found.totalCount).toBe(before + 1);
    expect(found.edges[0]!.node).toMatchObject({ type: 'INVITATION_ACCEPTED', link: '/users' });

    await setPreference(adminToken, 'INVITATION_ACCEPTED', false);
    await inviteAndAccept(newAddress(customer, 'otto.off'), 'Otto Off');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await list(adminToken)).totalCount).toBe(before + 1);
    expect(subjectsSince(ADMIN_MAIL, since).filter((s) => s.includes('Otto Off'))).toEqual([]);
  });
});

describe('one-click unsubscribe from a notification mail', () => {
  it('switches that type off for the recipient, without signing in', async () => {
    const path = new URL(unsubscribeLink).pathname + new URL(unsubscribeLink).search;
    const gateway = system.gateway.url.replace(/\/graphql$/, '');
    const post = (to: string) =>
      fetch(`${gateway}${to}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    expect((await post(path)).status).toBe(200);
    const preferences = await system.graphql<{
      notificationPreferences: { type: string; enabled: boolean }[];
    }>(`{ notificationPreferences { type enabled } }`, {}, { token: managerToken });
    expect(preferences.data!.notificationPreferences).toContainEqual({
      type: 'SERVICE_ORDER_STATUS_CHANGED',
      enabled: false,
    });
    expect((await post('/notifications/unsubscribe?token=forged')).status).toBe(400);
    const forged = await system.graphql<{
      unsubscribeNotifications: { type: string | null; userErrors: { code: string }[] };
    }>(`mutation { unsubscribeNotifications(token: "forged") { type userErrors { code } } }`);
    expect(forged.data!.unsubscribeNotifications).toEqual({
      type: null,
      userErrors: [{ code: 'INVALID_TOKEN' }],
    });
    await setPreference(managerToken, 'SERVICE_ORDER_STATUS_CHANGED', true);
  });
});

describe('who sees notifications', () => {
  it('a user sees only their own; API keys are refused; anonymous callers must sign in', async () => {
    // The Administrator administers the manager's account but sees none of its notifications.
    const admins = await list(adminToken);
    expect(admins.edges.filter((e) => e.node.body.includes(devices[0]!.serialNumber))).toEqual([]);
    const managersItem = (await list(managerToken)).edges[0]!.node.id;
    // Marking someone else's notification read changes nothing of theirs.
    await markRead(managerToken, { all: true });
    await markRead(adminToken, { ids: [managersItem] });
    expect((await list(managerToken)).edges[0]!.node.readAt).not.toBeNull();

    const key = await createIntegrationKey(system, adminToken, customer.accounts);
    const refusals = await Promise.all([
      notificationsOf(key),
      system.graphql(`{ notificationPreferences { type enabled } }`, {}, { token: key }),
      markRead(key, { all: true }),
      setPreference(key, 'SERVICE_VISIT_SCHEDULED', false),
    ]);
    expect(refusals.map((r) => r.errors?.[0]?.extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    const anonymous = await Promise.all([
      notificationsOf(undefined),
      system.graphql(`{ notificationPreferences { type enabled } }`),
      markRead(undefined, { all: true }),
      setPreference(undefined, 'SERVICE_VISIT_SCHEDULED', false),
    ]);
    expect(anonymous.map((r) => r.errors?.[0]?.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });
});
