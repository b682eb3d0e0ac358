import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  Kind,
  parse,
  type GraphQLInputType,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import {
  fromGlobalId,
  PRINCIPAL_HEADER,
  principalKeysFromEnvironment,
  signPrincipal,
  toGlobalId,
  ANONYMOUS,
  type PrincipalClaims,
} from '@portal/platform';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  deliverPendingEvents,
  newAddress,
  startTestSystem,
  type GraphQLResponse,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { daysFromToday, phoneInReadings, raised } from '@portal/testkit/meter-readings';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';
import { createIntegrationKey, report } from '@portal/testkit/toner';
import {
  FOREIGN_REFERENCE_MATRIX,
  MUTATION_MATRIX,
  SECOND_REFERENCE_TARGETS,
  NESTED_MATRIX,
  NODE_MATRIX,
  PRINCIPALS,
  QUERY_MATRIX,
  TARGETS,
  type PrincipalKind,
  type SecondReferenceTarget,
  type TargetKind,
} from './authorisation-matrix.table';

/**
 * The matrix, run through one gateway: `authorisation-matrix.test.ts` runs it through ours,
 * `authorisation-matrix.hive-gateway.test.ts` through Hive Gateway in front of the same subgraphs
 * (authorisation is the subgraphs' alone, so every cell must hold through either).
 */
export function authorisationMatrix(through: 'gateway' | 'hive-gateway'): void {
  /**
   * The authorisation matrix generated from the supergraph: every root Query and Mutation field,
   * node(id:) of every Node type and some nested fields x every kind of principal x an object of
   * the caller's organisation, another organisation's, and one of the caller's organisation
   * assigned to someone else. The expected outcomes are the table in
   * `authorisation-matrix.table.ts`; reads change nothing, so every cell is independent.
   */

  const root = path.resolve(__dirname, '../..');
  const supergraph = parse(readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8'));
  const rootFields = (type: string) =>
    supergraph.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type,
      )
      .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
  const nodeTypes = supergraph.definitions
    .filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION &&
        (d.interfaces ?? []).some((i) => i.name.value === 'Node'),
    )
    .map((d) => d.name.value);

  /** The ID-typed references of a mutation's arguments, inputs included, as dotted paths. */
  const schema = buildASTSchema(supergraph, { assumeValidSDL: true });
  function idReferences(prefix: string, type: GraphQLInputType, seen: string[] = []): string[] {
    const named = getNamedType(type);
    if (named.name === 'ID') return [prefix];
    if (!isInputObjectType(named) || seen.includes(named.name)) return [];
    return Object.values(named.getFields()).flatMap((f) =>
      idReferences(`${prefix}.${f.name}`, f.type, [...seen, named.name]),
    );
  }
  const mutationReferences = Object.fromEntries(
    Object.values(schema.getMutationType()!.getFields()).map((f) => [
      f.name,
      f.args.flatMap((a) => idReferences(a.name, a.type)),
    ]),
  );

  /** Every principal's user (built in beforeAll); the API key and anonymous have none. */
  const USERS: Partial<Record<PrincipalKind, TestUser>> = {};

  type Objects = {
    Organization: string;
    Account: string;
    User: string;
    userEmail: string;
    Device: string;
    serial: string;
    ServiceOrder: string;
    MeterReading: string;
    StockLocation: string;
    Shipment: string;
    KnowledgeArticle: string;
    slug: string;
    /** The target organisation's Stock Manager (or for the other organisation its Administrator). */
    stockManager: string;
  };

  type Outcome = '+' | 'N' | 'F' | 'U' | `unexpected ${string}`;
  type Probe = {
    query: string;
    variables: (o: Objects) => Record<string, unknown>;
    /** Whether the answer shows the target object (null/absent means "not found"). */
    present: (data: Record<string, unknown>, o: Objects) => boolean;
    /** Runs with a new session (or API key) of the principal: the operation ends it. */
    fresh?: boolean;
  };
  const hasNode = (connection: unknown, id: string) =>
    ((connection as { edges: { node: { id: string } }[] }).edges ?? []).some(
      (e) => e.node.id === id,
    );
  const hasItem = (list: unknown, id: string) =>
    (list as { id: string }[]).some((e) => e.id === id);
  const some = (value: unknown) => value !== null && value !== undefined;

  const QUERY_PROBES: Record<string, Probe> = {
    devices: {
      query: `query ($s: String!) { r: devices(filter: { search: $s }) { edges { node { id } } } }`,
      variables: (o) => ({ s: o.serial }),
      present: (d, o) => hasNode(d.r, o.Device),
    },
    device: {
      query: `query ($id: ID!) { r: device(id: $id) { id serialNumber } }`,
      variables: (o) => ({ id: o.Device }),
      present: (d) => some(d.r),
    },
    deviceBySerialNumber: {
      query: `query ($s: String!) { r: deviceBySerialNumber(serialNumber: $s) { id } }`,
      variables: (o) => ({ s: o.serial }),
      present: (d) => some(d.r),
    },
    deviceModels: {
      query: `{ r: deviceModels(first: 1) { edges { node { id name } } } }`,
      variables: () => ({}),
      present: (d) => (d.r as { edges: unknown[] }).edges.length > 0,
    },
    me: { query: `{ r: me { id email } }`, variables: () => ({}), present: (d) => some(d.r) },
    organization: {
      query: `{ r: organization { id name } }`,
      variables: () => ({}),
      present: (d, o) => (d.r as { id: string } | null)?.id === o.Organization,
    },
    accounts: {
      query: `{ r: accounts { id name } }`,
      variables: () => ({}),
      present: (d, o) => hasItem(d.r, o.Account),
    },
    apiKeys: { query: `{ r: apiKeys { id } }`, variables: () => ({}), present: (d) => some(d.r) },
    currentApiKey: {
      query: `{ r: currentApiKey { id name grants { role } } }`,
      variables: () => ({}),
      present: (d) => some(d.r),
    },
    auditTrail: {
      query: `{ r: auditTrail(first: 1) { edges { cursor } } }`,
      variables: () => ({}),
      present: (d) => some(d.r),
    },
    // Every user's own choices; an API key has none.
    notificationPreferences: {
      query: `{ r: notificationPreferences { type enabled } }`,
      variables: () => ({}),
      present: (d) => (d.r as unknown[]).length > 0,
    },
    meterReadingReminderDays: {
      query: `{ r: meterReadingReminderDays }`,
      variables: () => ({}),
      present: (d) => typeof d.r === 'number',
    },
    customerUsers: {
      query: `query ($s: String!) { r: customerUsers(search: $s) { id } }`,
      variables: (o) => ({ s: o.userEmail }),
      present: (d, o) => hasItem(d.r, o.User),
    },
    // Analytics: every device, account or location the caller sees is in the period's lists.
    printVolume: {
      query: `query ($f: Date!, $t: Date!) { r: printVolume(from: $f, to: $t) {
        breakdown(by: DEVICE, first: 100) { key } } }`,
      variables: () => analyticsPeriod(),
      present: (d, o) =>
        (d.r as { breakdown: { key: string }[] }).breakdown.some((g) => g.key === o.Device),
    },
    serviceOrderAnalytics: {
      query: `query ($f: Date!, $t: Date!) { r: serviceOrderAnalytics(from: $f, to: $t) {
        accounts(first: 200) { account { id } } } }`,
      variables: () => analyticsPeriod(),
      present: (d, o) =>
        (d.r as { accounts: { account: { id: string } }[] }).accounts.some(
          (a) => a.account.id === o.Account,
        ),
    },
    replenishmentAnalytics: {
      query: `query ($f: Date!, $t: Date!) { r: replenishmentAnalytics(from: $f, to: $t) {
        locations(first: 200) { stockLocation { id } } } }`,
      variables: () => analyticsPeriod(),
      present: (d, o) =>
        (d.r as { locations: { stockLocation: { id: string } }[] }).locations.some(
          (l) => l.stockLocation.id === o.StockLocation,
        ),
    },
    staffUsers: {
      query: `{ r: staffUsers { id } }`,
      variables: () => ({}),
      present: (d) => (d.r as unknown[]).length > 0,
    },
    // The caller's own sessions: the one it signed in with is always there.
    mySessions: {
      query: `{ r: mySessions { id current } }`,
      variables: () => ({}),
      present: (d) => (d.r as { current: boolean }[]).some((s) => s.current),
    },
    // The caller's own passkeys: a list (empty until one is registered), never another's.
    passkeys: {
      query: `{ r: passkeys { id } }`,
      variables: () => ({}),
      present: (d) => Array.isArray(d.r),
    },
    knowledgeArticles: {
      query: `{ r: knowledgeArticles(first: 50) { edges { node { id } } } }`,
      variables: () => ({}),
      present: (d, o) => hasNode(d.r, o.KnowledgeArticle),
    },
    knowledgeArticle: {
      query: `query ($s: String!) { r: knowledgeArticle(slug: $s) { id title } }`,
      variables: (o) => ({ s: o.slug }),
      present: (d) => some(d.r),
    },
    knowledgeSuggestions: {
      query: `{ r: knowledgeSuggestions(description: "paper jam in the tray", first: 3) { id } }`,
      variables: () => ({}),
      present: (d) => (d.r as unknown[]).length > 0,
    },
    meterReadingsDue: {
      query: `{ r: meterReadingsDue(first: 100) { edges { node { id } } } }`,
      variables: () => ({}),
      present: (d, o) => hasNode(d.r, o.Device),
    },
    serviceOrders: {
      query: `query ($d: ID!) { r: serviceOrders(filter: { deviceId: $d }, first: 100) { edges { node { id } } } }`,
      variables: (o) => ({ d: o.Device }),
      present: (d, o) => hasNode(d.r, o.ServiceOrder),
    },
    serviceOrder: {
      query: `query ($id: ID!) { r: serviceOrder(id: $id) { id number } }`,
      variables: (o) => ({ id: o.ServiceOrder }),
      present: (d) => some(d.r),
    },
    stockLocations: {
      query: `{ r: stockLocations { id name } }`,
      variables: () => ({}),
      present: (d, o) => hasItem(d.r, o.StockLocation),
    },
    stockLocation: {
      query: `query ($id: ID!) { r: stockLocation(id: $id) { id name } }`,
      variables: (o) => ({ id: o.StockLocation }),
      present: (d) => some(d.r),
    },
    shipments: {
      query: `query ($l: ID!) { r: shipments(filter: { stockLocationId: $l }, first: 100) { edges { node { id } } } }`,
      variables: (o) => ({ l: o.StockLocation }),
      present: (d, o) => hasNode(d.r, o.Shipment),
    },
    shipment: {
      query: `query ($id: ID!) { r: shipment(id: $id) { id quantity } }`,
      variables: (o) => ({ id: o.Shipment }),
      present: (d) => some(d.r),
    },
  };

  /** A field each type's own subgraph answers, so that node(id:) reaches its __resolveReference. */
  const OWN_FIELD: Record<string, string> = {
    Organization: 'name',
    Account: 'name',
    User: 'email',
    Device: 'serialNumber',
    ServiceOrder: 'number',
    MeterReading: 'readingDate',
    StockLocation: 'name',
    Shipment: 'quantity',
    KnowledgeArticle: 'slug',
  };
  const nodeProbe = (type: string): Probe => ({
    query: `query ($id: ID!) { r: node(id: $id) { id ... on ${type} { ${OWN_FIELD[type]} } } }`,
    variables: (o) => ({ id: o[type as keyof Objects] }),
    present: (d) => some(d.r),
  });

  const NESTED_PROBES: Record<string, Probe> = {
    'Device.serviceOrders': {
      query: `query ($s: String!) { r: deviceBySerialNumber(serialNumber: $s) { serviceOrders(first: 100) { edges { node { id } } } } }`,
      variables: (o) => ({ s: o.serial }),
      present: (d, o) =>
        some(d.r) && hasNode((d.r as { serviceOrders: unknown }).serviceOrders, o.ServiceOrder),
    },
    'Device.latestMeterReading': {
      query: `query ($s: String!) { r: deviceBySerialNumber(serialNumber: $s) { latestMeterReading { id } } }`,
      variables: (o) => ({ s: o.serial }),
      present: (d) => some((d.r as { latestMeterReading?: unknown } | null)?.latestMeterReading),
    },
    'Device.stockLocation': {
      query: `query ($s: String!) { r: deviceBySerialNumber(serialNumber: $s) { stockLocation { id name } } }`,
      variables: (o) => ({ s: o.serial }),
      present: (d) => some((d.r as { stockLocation?: unknown } | null)?.stockLocation),
    },
    'Account.creditStatus': {
      query: `{ r: accounts { id creditStatus } }`,
      variables: () => ({}),
      present: (d, o) => hasItem(d.r, o.Account),
    },
    'Account.invoices': {
      query: `{ r: accounts { id invoices(first: 1) { edges { node { id } } } } }`,
      variables: () => ({}),
      present: (d, o) => hasItem(d.r, o.Account),
    },
    'Account.openBalance': {
      query: `{ r: accounts { id openBalance { amount currency } } }`,
      variables: () => ({}),
      present: (d, o) => hasItem(d.r, o.Account),
    },
  };

  let system: TestSystem;
  const tokens: Partial<Record<PrincipalKind, string>> = {};
  const objects = {} as Record<TargetKind, Objects>;

  async function asAgent<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await system.graphql<{ r: T }>(query, variables, {
      token: tokens['Service agent'],
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.r;
  }

  /** The caller's organisation (the API key's grants are its accounts, a fresh key's too). */
  let ownCustomer: TestCustomer;

  /**
   * Two customers of our own, built the way the demo world had them: the caller's organisation
   * with two accounts, its Administrator on both and every other role on the first; the own
   * target on the first account (a device assigned to the Device Manager, at a store assigned to
   * the Stock Manager); the unassigned target a device of the first account assigned to nobody
   * and a store of the second assigned to a colleague who manages both on it. Every device has
   * readings (due again this month), an order (the own one scheduled for our technician) and
   * every store a shipment.
   */
  beforeAll(async () => {
    // The demo database holds the device model and toner catalogues and the knowledge articles;
    // everything a cell asserts on but the article is built here.
    system = await startTestSystem({ through });
    const [agent, planner, technician] = [
      await createStaffUser(system, 'SERVICE_AGENT'),
      await createStaffUser(system, 'SERVICE_PLANNER'),
      await createStaffUser(system, 'TECHNICIAN'),
    ];
    const agentToken = await agent.signIn();
    const [ownOrganisation, otherOrganisation]: TestCustomer[] = [
      await createCustomer(system, { name: 'Matrix Print A/S', accounts: 2 }),
      await createCustomer(system, { name: 'Matrix Logistik ApS' }),
    ];
    ownCustomer = ownOrganisation;
    const ACCOUNTS: Record<TargetKind, TestAccount> = {
      own: ownOrganisation.accounts[0]!,
      other: otherOrganisation.accounts[0]!,
      unassigned: ownOrganisation.accounts[1]!,
    };
    // Below minimum on magenta: an e-Maintenance device's alert orders a shipment.
    const levels = [{ sku: 'C-EXV58-M', quantity: 2, minimumLevel: 2, targetLevel: 5 }];
    const stores = {} as Record<TargetKind, { id: string }>;
    for (const target of TARGETS)
      stores[target] = await createStockLocation(system, ACCOUNTS[target], { levels, agentToken });
    const colour = { TOTAL: 250_000, BLACK: 170_000, COLOUR: 80_000 };
    const device = (account: TestAccount, store: { id: string } | null) =>
      createDevice(system, account, {
        agentToken,
        modelId: COLOUR_A3_MODEL,
        billedMeters: Object.keys(colour),
        installedAt: daysFromToday(-120),
        eMaintenance: store !== null,
        stockLocationId: store?.id ?? null,
      });
    // The unassigned device is the own account's and at no store; the unassigned store's
    // shipment comes from a device of the second account.
    const devices: Record<TargetKind, { id: string; serialNumber: string }> = {
      own: await device(ACCOUNTS.own, stores.own),
      other: await device(ACCOUNTS.other, stores.other),
      unassigned: await device(ACCOUNTS.own, null),
    };
    const shippers: Record<TargetKind, string> = {
      own: devices.own.id,
      other: devices.other.id,
      unassigned: (await device(ACCOUNTS.unassigned, stores.unassigned)).id,
    };

    const organization = ownOrganisation.organization.id;
    const own = ACCOUNTS.own;
    USERS.Administrator = ownOrganisation.administrator;
    USERS['Device Manager'] = await createUser(system, {
      organization,
      name: 'Dina Device',
      grants: [['DEVICE_MANAGER', own]],
      devices: [devices.own.id],
    });
    USERS['Stock Manager'] = await createUser(system, {
      organization,
      name: 'Sonja Stock',
      grants: [['STOCK_MANAGER', own]],
      stockLocations: [stores.own.id],
    });
    USERS['Self-Service user'] = await createUser(system, {
      organization,
      name: 'Svend Self',
      grants: [['SELF_SERVICE_USER', own]],
    });
    // A colleague who manages devices and stock on the second account (its store hers).
    const colleague = await createUser(system, {
      organization,
      name: 'Dagny Both',
      grants: [
        ['DEVICE_MANAGER', ACCOUNTS.unassigned],
        ['STOCK_MANAGER', ACCOUNTS.unassigned],
      ],
      stockLocations: [stores.unassigned.id],
    });
    USERS['Service agent'] = agent;
    USERS['Service planner'] = planner;
    USERS.Technician = technician;
    const TARGET_USERS: Record<TargetKind, TestUser> = {
      own: USERS['Self-Service user'],
      other: otherOrganisation.administrator,
      unassigned: colleague,
    };
    await deliverPendingEvents(system);

    for (const [kind, user] of Object.entries(USERS))
      tokens[kind as PrincipalKind] = await user.signIn();
    tokens['API key'] = await createIntegrationKey(
      system,
      tokens.Administrator!,
      ownCustomer.accounts,
    );
    const otherAdmin = await otherOrganisation.administrator.signIn();

    // Two readings a month apart, the newest 30 days ago: each device has a volume in the
    // analytics period and none this month (due).
    for (const target of TARGETS)
      await phoneInReadings(system, agentToken, devices[target].id, [
        { daysAgo: 60, values: colour },
        {
          daysAgo: 30,
          values: Object.fromEntries(raised(colour, 1_000).map((v) => [v.meter, v.value])),
        },
      ]);
    const api = serviceOrderApi(system);
    const orders = {} as Record<TargetKind, string>;
    for (const target of TARGETS)
      orders[target] = (
        await api.ok(target === 'other' ? otherAdmin : tokens.Administrator!, 'create', {
          input: orderFor(devices[target].id),
        })
      ).id;
    // The second account's orders (its analytics row) are of its store's device.
    await api.ok(tokens.Administrator!, 'create', { input: orderFor(shippers.unassigned) });
    // The own order is our technician's work.
    await api.ok(tokens['Service planner']!, 'acknowledge', { id: orders.own });
    await api.ok(tokens['Service planner']!, 'schedule', {
      id: orders.own,
      visitAt: visitTime(),
      technicianId: technician.id,
    });
    const shipments = {} as Record<TargetKind, string>;
    for (const target of TARGETS) {
      const key =
        target === 'other'
          ? await createIntegrationKey(system, otherAdmin, otherOrganisation.accounts)
          : tokens['API key']!;
      const alert = await report(system, key, {
        alertId: `EM-MATRIX-${target}`,
        deviceId: shippers[target],
        colour: 'MAGENTA',
        levelPercent: 2,
      });
      if (!alert.shipment) throw new Error(`no shipment: ${JSON.stringify(alert)}`);
      shipments[target] = alert.shipment.id;
    }
    await deliverPendingEvents(system);

    const article = await asAgent<{ edges: { node: { id: string; slug: string } }[] }>(
      `{ r: knowledgeArticles(first: 1) { edges { node { id slug } } } }`,
    );
    for (const target of TARGETS) {
      const reading = await asAgent<{ latestMeterReading: { id: string } }>(
        `query ($id: ID!) { r: device(id: $id) { latestMeterReading { id } } }`,
        { id: devices[target].id },
      );
      objects[target] = {
        Organization: (target === 'other' ? otherOrganisation : ownOrganisation).organization.id,
        Account: ACCOUNTS[target].id,
        User: TARGET_USERS[target].id,
        userEmail: TARGET_USERS[target].email,
        Device: devices[target].id,
        serial: devices[target].serialNumber,
        ServiceOrder: orders[target],
        MeterReading: reading.latestMeterReading.id,
        StockLocation: stores[target].id,
        Shipment: shipments[target],
        KnowledgeArticle: article.edges[0]!.node.id,
        slug: article.edges[0]!.node.slug,
        stockManager:
          target === 'other' ? otherOrganisation.administrator.id : USERS['Stock Manager'].id,
      };
    }
  }, 300_000);
  afterAll(async () => {
    await system?.stop();
  });

  async function outcomeOf(principal: PrincipalKind, probe: Probe, o: Objects): Promise<Outcome> {
    const token = !probe.fresh
      ? tokens[principal]
      : principal === 'API key'
        ? await createIntegrationKey(system, tokens.Administrator!, ownCustomer.accounts)
        : await USERS[principal]?.signIn();
    const result: GraphQLResponse = await system.graphql(probe.query, probe.variables(o), {
      token,
    });
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    if (codes.length > 0) {
      if (codes.every((c) => c === 'UNAUTHENTICATED')) return 'U';
      if (codes.every((c) => c === 'FORBIDDEN')) return 'F';
      return `unexpected ${JSON.stringify(result.errors)}`;
    }
    if (result.status !== 200 || !result.data) return `unexpected ${result.status}`;
    try {
      return probe.present(result.data, o) ? '+' : 'N';
    } catch (error) {
      return `unexpected ${(error as Error).message}`;
    }
  }

  /** Runs a row of the table (one string per principal) and compares every cell. */
  async function runRow(row: string[], probe: Probe) {
    const actual: string[] = [];
    for (const [column, principal] of PRINCIPALS.entries()) {
      const cells: Outcome[] = [];
      for (const target of TARGETS) cells.push(await outcomeOf(principal, probe, objects[target]));
      actual.push(cells.every((c) => c.length === 1) ? cells.join('') : cells.join(' | '));
      expect(row[column]).toHaveLength(TARGETS.length);
    }
    expect(Object.fromEntries(PRINCIPALS.map((p, i) => [p, actual[i]]))).toEqual(
      Object.fromEntries(PRINCIPALS.map((p, i) => [p, row[i]])),
    );
    cellCount += PRINCIPALS.length * TARGETS.length;
  }
  let cellCount = 0;

  describe('the table covers the supergraph', () => {
    it('has a row for every root Query field, and none for a field that is gone', () => {
      expect(Object.keys(QUERY_MATRIX).sort()).toEqual(rootFields('Query').sort());
    });

    it('has a row for every root Mutation field, and none for a field that is gone', () => {
      expect(Object.keys(MUTATION_MATRIX).sort()).toEqual(rootFields('Mutation').sort());
    });

    it('has a node(id:) row for every type that implements Node', () => {
      expect(Object.keys(NODE_MATRIX).sort()).toEqual(nodeTypes.sort());
    });

    it('runs every row it does not leave to a matrix that still exercises the field', () => {
      for (const [field, entry] of [
        ...Object.entries(QUERY_MATRIX),
        ...Object.entries(MUTATION_MATRIX),
      ]) {
        if ('run' in entry) {
          expect({ field, probe: Boolean(QUERY_PROBES[field] ?? MUTATION_PROBES[field]) }).toEqual({
            field,
            probe: true,
          });
        } else if (field !== 'node') {
          const files = typeof entry.pinnedBy === 'string' ? [entry.pinnedBy] : entry.pinnedBy;
          const suite = files.map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');
          expect({ field, exercised: new RegExp(`\\b${field}\\s*[({]`).test(suite) }).toEqual({
            field,
            exercised: true,
          });
        }
      }
    });
  });

  /** A payload's refusal NOT_FOUND is "not found"; any other refusal is unexpected here. */
  const payloadDone = (payload: unknown) => {
    const errors = (payload as { userErrors: { code: string }[] }).userErrors;
    if (errors.length === 0) return true;
    if (errors.every((e) => e.code === 'NOT_FOUND')) return false;
    throw new Error(`refused: ${JSON.stringify(errors)}`);
  };
  const MUTATION_PROBES: Record<string, Probe> = {
    logout: {
      query: `mutation { r: logout }`,
      variables: () => ({}),
      present: (d) => d.r === true,
      fresh: true,
    },
    unassignStockLocations: {
      query: `mutation ($u: ID!, $l: ID!) { r: unassignStockLocations(userId: $u, stockLocationIds: [$l]) { user { id } userErrors { code } } }`,
      variables: (o) => ({ u: o.stockManager, l: o.StockLocation }),
      present: (d) => payloadDone(d.r),
    },
  };

  /** Another organisation's object, or an id of the right type that names nothing. */
  const MADE_UP = '00000000-0000-4000-8000-0000000000ff';
  type SecondProbe = {
    query: string;
    variables: (own: Objects, ref: string) => Record<string, unknown>;
    /** The second reference of each target. */
    ref: (target: SecondReferenceTarget) => string;
  };
  const foreignOr =
    (type: string, foreign: (o: Objects) => string) => (t: SecondReferenceTarget) =>
      t === 'foreign' ? foreign(objects.other) : toGlobalId(type, MADE_UP);
  let serials = 0;
  const USER_PAYLOAD = `user { id } userErrors { code field message }`;
  const SECOND_PROBES: Record<string, SecondProbe> = {
    linkDeviceStockLocation: {
      query: `mutation ($d: ID!, $r: ID) { r: linkDeviceStockLocation(deviceId: $d, stockLocationId: $r) { device { id } userErrors { code field message } } }`,
      variables: (o, r) => ({ d: o.Device, r }),
      ref: foreignOr('StockLocation', (o) => o.StockLocation),
    },
    registerDevice: {
      query: `mutation ($a: ID!, $m: ID!, $s: String!, $r: ID) { r: registerDevice(input: {
        serialNumber: $s, modelId: $m, accountId: $a, installedAt: "2026-02-01", eMaintenance: true,
        stockLocationId: $r, location: { address: "Matrixvej 9" },
        contract: { contractNumber: "SC-FR", responseTimeHours: 8, billedMeters: [TOTAL], readingFrequency: MONTHLY } }) {
        device { id } userErrors { code field message } } }`,
      variables: (o, r) => ({
        a: o.Account,
        m: COLOUR_A3_MODEL,
        s: `FR-REF-${++serials}`,
        r,
      }),
      ref: foreignOr('StockLocation', (o) => o.StockLocation),
    },
    grantRole: {
      query: `mutation ($u: ID!, $r: ID!) { r: grantRole(userId: $u, grant: { role: DEVICE_MANAGER, accountId: $r }) { ${USER_PAYLOAD} } }`,
      variables: (o, r) => ({ u: o.User, r }),
      ref: foreignOr('Account', (o) => o.Account),
    },
    revokeRole: {
      query: `mutation ($u: ID!, $r: ID!) { r: revokeRole(userId: $u, grant: { role: SELF_SERVICE_USER, accountId: $r }) { ${USER_PAYLOAD} } }`,
      variables: (o, r) => ({ u: o.User, r }),
      ref: foreignOr('Account', (o) => o.Account),
    },
    assignDevices: {
      query: `mutation ($u: ID!, $r: ID!) { r: assignDevices(userId: $u, deviceIds: [$r]) { ${USER_PAYLOAD} } }`,
      variables: (_o, r) => ({ u: USERS['Device Manager']!.id, r }),
      ref: foreignOr('Device', (o) => o.Device),
    },
    unassignDevices: {
      query: `mutation ($u: ID!, $r: ID!) { r: unassignDevices(userId: $u, deviceIds: [$r]) { ${USER_PAYLOAD} } }`,
      variables: (_o, r) => ({ u: USERS['Device Manager']!.id, r }),
      ref: foreignOr('Device', (o) => o.Device),
    },
    assignStockLocations: {
      query: `mutation ($u: ID!, $r: ID!) { r: assignStockLocations(userId: $u, stockLocationIds: [$r]) { ${USER_PAYLOAD} } }`,
      variables: (o, r) => ({ u: o.stockManager, r }),
      ref: foreignOr('StockLocation', (o) => o.StockLocation),
    },
    unassignStockLocations: {
      query: `mutation ($u: ID!, $r: ID!) { r: unassignStockLocations(userId: $u, stockLocationIds: [$r]) { ${USER_PAYLOAD} } }`,
      variables: (o, r) => ({ u: o.stockManager, r }),
      ref: foreignOr('StockLocation', (o) => o.StockLocation),
    },
    inviteUser: {
      query: `mutation ($e: String!, $a: ID!, $r: ID!) { r: inviteUser(input: { email: $e, name: "Frida Fremmed",
        grants: [{ role: DEVICE_MANAGER, accountId: $a }], deviceIds: [$r] }) { ${USER_PAYLOAD} } }`,
      variables: (o, r) => ({ e: newAddress(ownCustomer, 'foreign'), a: o.Account, r }),
      ref: foreignOr('Device', (o) => o.Device),
    },
    recordInvoice: {
      query: `mutation ($a: ID!, $r: ID!) { r: recordInvoice(input: { accountId: $a, invoiceNumber: "FR-1",
        invoiceDate: "2026-11-05", dueDate: "2026-12-05", currency: "DKK", lines: [{ description: "Pages",
        deviceId: $r, meter: TOTAL, periodStart: "2026-10-01", periodEnd: "2026-10-31", quantity: 1, amount: "1.00" }] }) {
        invoice { id } userErrors { code field message } } }`,
      variables: (o, r) => ({ a: o.Account, r }),
      ref: foreignOr('Device', (o) => o.Device),
    },
    scheduleServiceOrder: {
      query: `mutation ($id: ID!, $v: DateTime!, $r: ID!) { r: scheduleServiceOrder(id: $id, visitAt: $v, technicianId: $r) { serviceOrder { id } userErrors { code field message } } }`,
      variables: (o, r) => ({
        id: o.ServiceOrder,
        v: new Date(Date.now() + 86_400_000).toISOString(),
        r,
      }),
      ref: foreignOr('User', (o) => o.User),
    },
  };

  /**
   * One cell: the mutation with the own first reference and the target's second one. Returns the
   * outcome and the answer with the second reference blanked, to compare foreign with made-up.
   */
  async function secondReferenceCell(
    principal: PrincipalKind,
    probe: SecondProbe,
    target: SecondReferenceTarget,
  ): Promise<{ outcome: Outcome; answer: string }> {
    const ref = probe.ref(target);
    const result = await system.graphql<{ r: { userErrors: { code: string }[] } }>(
      probe.query,
      probe.variables(objects.own, ref),
      { token: tokens[principal] },
    );
    const answer = JSON.stringify({ data: result.data, errors: result.errors }).replaceAll(
      ref,
      '?',
    );
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    if (codes.length > 0) {
      if (codes.every((c) => c === 'UNAUTHENTICATED')) return { outcome: 'U', answer };
      if (codes.every((c) => c === 'FORBIDDEN')) return { outcome: 'F', answer };
      return { outcome: `unexpected ${answer}`, answer };
    }
    const errors = result.data!.r.userErrors;
    if (errors.length === 0) return { outcome: '+', answer };
    if (errors.every((e) => e.code.endsWith('NOT_FOUND'))) return { outcome: 'N', answer };
    return { outcome: `unexpected ${answer}`, answer };
  }

  describe('the foreign second reference column covers the supergraph', () => {
    it('has a row for every mutation with two or more references, each naming one of them', () => {
      const twoOrMore = Object.entries(mutationReferences)
        .filter(([, refs]) => refs.length >= 2)
        .map(([field]) => field);
      expect(Object.keys(FOREIGN_REFERENCE_MATRIX).sort()).toEqual(twoOrMore.sort());
      for (const [field, row] of Object.entries(FOREIGN_REFERENCE_MATRIX)) {
        expect({ field, references: mutationReferences[field] }).toEqual({
          field,
          references: expect.arrayContaining([row.foreign]),
        });
        expect({ field, probe: Boolean(SECOND_PROBES[field]) }).toEqual({ field, probe: true });
      }
    });
  });

  describe('foreign second reference: own first reference, another organisation’s or a made-up second', () => {
    it.each(Object.entries(FOREIGN_REFERENCE_MATRIX))('%s', async (field, row) => {
      const probe = SECOND_PROBES[field]!;
      const actual: string[] = [];
      for (const principal of PRINCIPALS) {
        const cells = [];
        for (const target of SECOND_REFERENCE_TARGETS)
          cells.push(await secondReferenceCell(principal, probe, target));
        const outcomes = cells.map((c) => c.outcome);
        leaks += outcomes.filter((c) => !['N', 'F', 'U'].includes(c)).length;
        actual.push(
          outcomes.every((c) => c.length === 1) ? outcomes.join('') : outcomes.join(' | '),
        );
        // Another organisation's object answers exactly as an id that names nothing.
        expect({ principal, foreign: cells[0]!.answer }).toEqual({
          principal,
          foreign: cells[1]!.answer,
        });
      }
      expect(Object.fromEntries(PRINCIPALS.map((p, i) => [p, actual[i]]))).toEqual(
        Object.fromEntries(PRINCIPALS.map((p, i) => [p, row.run[i]])),
      );
      cellCount += PRINCIPALS.length * SECOND_REFERENCE_TARGETS.length;
    });
  });
  let leaks = 0;

  describe('root Query fields', () => {
    it.each(Object.entries(QUERY_MATRIX).filter(([, e]) => 'run' in e))(
      '%s',
      async (field, entry) => {
        await runRow((entry as { run: string[] }).run, QUERY_PROBES[field]!);
      },
    );
  });

  describe('node(id:)', () => {
    it.each(Object.entries(NODE_MATRIX))('of a %s', async (type, row) => {
      await runRow(row, nodeProbe(type));
    });

    it.each(Object.keys(NODE_MATRIX))(
      'of a %s with only id selected: the own one found, the other organisation’s null',
      async (type) => {
        const ask = (id: string) =>
          system.graphql<{ node: { id: string } | null }>(
            `query ($id: ID!) { node(id: $id) { id __typename } }`,
            { id },
            { token: tokens.Administrator },
          );
        const own = objects.own[type as keyof Objects];
        expect(await ask(own)).toMatchObject({ data: { node: { id: own, __typename: type } } });
        const other = await ask(objects.other[type as keyof Objects]);
        // A knowledge article belongs to no organisation: everyone signed in finds it.
        expect(other.data?.node === null).toBe(type !== 'KnowledgeArticle');
        expect(other.errors).toBeUndefined();
        cellCount += 2;
      },
    );

    it('is null for an id that names no type, a malformed id and an id that does not exist', async () => {
      for (const id of [
        'bm90LWEtbm9kZQ',
        'x'.repeat(300),
        toGlobalId('Device', '00000000-0000-4000-8000-000000000000'),
        toGlobalId('Nothing', '00000000-0000-4000-8000-000000000000'),
      ]) {
        const result = await system.graphql(
          `query ($id: ID!) { node(id: $id) { id } }`,
          { id },
          { token: tokens['Service agent'] },
        );
        expect(result).toMatchObject({ status: 200, data: { node: null } });
        expect(result.errors).toBeUndefined();
      }
    });
  });

  describe('nested fields', () => {
    it.each(Object.entries(NESTED_MATRIX))('%s', async (field, row) => {
      await runRow(row, NESTED_PROBES[field]!);
    });
  });

  describe('root Mutation fields run here', () => {
    it.each(Object.entries(MUTATION_MATRIX).filter(([, e]) => 'run' in e))(
      '%s',
      async (field, entry) => {
        await runRow((entry as { run: string[] }).run, MUTATION_PROBES[field]!);
      },
    );
  });

  describe('_entities straight to each subgraph, signed for another organisation', () => {
    // The other organisation's Administrator (its user, organisation and account are built).
    const otherAdmin = (): PrincipalClaims => ({
      ...ANONYMOUS,
      kind: 'user',
      id: fromGlobalId('User', objects.other.User)!,
      organizationId: fromGlobalId('Organization', objects.other.Organization)!,
      grants: [
        { accountId: fromGlobalId('Account', objects.other.Account)!, roles: ['ADMINISTRATOR'] },
      ],
    });
    const OWNER: Record<string, string> = {
      Organization: 'identity',
      Account: 'identity',
      User: 'identity',
      Device: 'devices',
      ServiceOrder: 'service-orders',
      MeterReading: 'meter-readings',
      StockLocation: 'toner',
      Shipment: 'toner',
    };
    it.each(Object.entries(OWNER))(
      "resolves no %s of one organisation for another organisation's Administrator",
      async (type, subgraph) => {
        const { privateKey } = await principalKeysFromEnvironment();
        const header = await signPrincipal(otherAdmin(), privateKey!, 60);
        const response = await fetch(system.subgraph(subgraph).url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header },
          body: JSON.stringify({
            query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${OWN_FIELD[type]} } } }`,
            variables: { r: [{ __typename: type, id: objects.own[type as keyof Objects] }] },
          }),
        });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ data: { _entities: [null] } });
        cellCount++;
      },
    );

    it.each(['Device', 'StockLocation'])(
      "shows another organisation's Administrator none of the managers identity adds to an organisation's %s",
      async (type) => {
        const { privateKey } = await principalKeysFromEnvironment();
        const header = await signPrincipal(otherAdmin(), privateKey!, 60);
        const response = await fetch(system.identity.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header },
          body: JSON.stringify({
            query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { managers { email } } } }`,
            variables: { r: [{ __typename: type, id: objects.own[type as keyof Objects] }] },
          }),
        });
        expect(await response.json()).toEqual({ data: { _entities: [{ managers: [] }] } });
        cellCount++;
      },
    );

    // No gateway's rewrite in between: identity itself answers null for what the caller may not see.
    it.each(Object.keys(NODE_MATRIX))(
      "answers node(id:) of an organisation's %s straight from identity as null for another organisation's Administrator, its own one found",
      async (type) => {
        const { privateKey } = await principalKeysFromEnvironment();
        const header = await signPrincipal(otherAdmin(), privateKey!, 60);
        const ask = async (id: string) => {
          const response = await fetch(system.identity.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header },
            body: JSON.stringify({
              query: `query ($id: ID!) { node(id: $id) { id __typename } }`,
              variables: { id },
            }),
          });
          return response.json();
        };
        const own = objects.other[type as keyof Objects];
        expect(await ask(own)).toEqual({ data: { node: { id: own, __typename: type } } });
        // A knowledge article belongs to no organisation: everyone signed in finds it.
        const foreign = objects.own[type as keyof Objects];
        expect(await ask(foreign)).toEqual({
          data: {
            node: type === 'KnowledgeArticle' ? { id: foreign, __typename: type } : null,
          },
        });
        cellCount += 2;
      },
    );
  });

  afterAll(() => {
    // The figure docs/security.md and the closing note quote.
    console.log(
      `authorisation matrix through ${through}: ${cellCount} cells run, ${leaks} foreign-reference leaks`,
    );
  });
}

/** The year up to a month from now: every order, reading and shipment built here is in it. */
function analyticsPeriod(): { f: string; t: string } {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { f: day(-330), t: day(30) };
}
