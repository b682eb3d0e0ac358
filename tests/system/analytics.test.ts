import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { arrayBuffer } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  ANONYMOUS,
  ExportWorker,
  Principal,
  RequestLoaders,
  type AccountGrant,
  type ExportFormat,
  type StaffRole,
} from '@portal/platform';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  MONO_A3_MODEL,
  startTestSystem,
  type TestAccount,
  type TestSystem,
} from '@portal/testkit';
import {
  daysFromToday,
  latestValues,
  phoneInReadings,
  raised,
  submit,
  today,
  type PastReading,
} from '@portal/testkit/meter-readings';
import { createIntegrationKey, DELIVER, DISPATCH, report } from '@portal/testkit/toner';
import { orderFor, visitTime } from '@portal/testkit/service-orders';
import { DeviceService } from '../../services/devices/src/domain/device.service';
import {
  DEVICE_COLUMNS,
  writeDevicesExport,
} from '../../services/devices/src/domain/device-export';
import { ServiceLevelAnalytics } from '../../services/service-orders/src/domain/service-level-analytics';
import {
  ORDER_COLUMNS,
  writeOrdersExport,
} from '../../services/service-orders/src/domain/order-export';
import { ReplenishmentAnalytics } from '../../services/toner/src/domain/replenishment-analytics';
import {
  SHIPMENT_COLUMNS,
  writeShipmentsExport,
} from '../../services/toner/src/domain/shipment-export';

/**
 * Issue 23: customers' and the service centre's analytics, read from the rollups, for whom
 * they are (printed volume, missing readings, response times, replenishment).
 *
 * Built here: Nordisk (two accounts: four devices on the first, three on the second, a store
 * on each; its Administrator "anna" and "dennis", Device Manager of two devices on the first),
 * Fjord (one account, three devices, a store; Administrator "bo"), and the service centre's
 * agent, planner and technician. Each device has a reading history ending 25 to 41 days ago
 * (the first device's covers the last thirteen months), an order of today on one device per
 * account, and a toner shipment per store.
 */
let system: TestSystem;
const tokens: Record<string, string> = {};
let technicianId: string;
/** Our accounts by their role here: Nordisk's first and second, Fjord's. */
const accounts: Record<'first' | 'second' | 'fjord', TestAccount> = {} as never;
const account = (name: keyof typeof accounts) => accounts[name].id;
const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
/** Device global ids by serial number. */
const devices: Record<string, string> = {};
const deviceId = (serial: string) => devices[serial]!;
// Our own prefixes (never the demo's NP/FL): Nordisk's devices, Fjord's.
const NORDISK = 'NT';
const FJORD = 'FT';
const serial = (prefix: string, n: number) => `${prefix}${String(n).padStart(7, '0')}`;
const HQ_STORE = 'Odense HQ store';
const BRANCH_STORE = 'Aalborg store';
const FJORD_STORE = 'Vejle main store';
const thisMonth = () => `${today().slice(0, 7)}-01`;
const halfAYearAgo = () => new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const aYearAgo = () => `${Number(today().slice(0, 4)) - 1}${today().slice(4, 7)}-01`;

const COLOUR = { TOTAL: 250_000, BLACK: 170_000, COLOUR: 80_000 };
const MONO = { TOTAL: 600_000, BLACK: 600_000 };
/** `count` readings, `every` days apart, the newest `newest` days ago, each 1,000 pages up a meter. */
const history = (start: Record<string, number>, count: number, every: number, newest: number) =>
  Array.from({ length: count }, (_, n): PastReading => {
    const raisedBy = Object.fromEntries(
      raised(start, 1_000 * n).map(({ meter, value }) => [meter, value]),
    );
    return { daysAgo: newest + every * (count - 1 - n), values: raisedBy };
  });

beforeAll(async () => {
  // The demo world holds the device model and toner catalogues; everything asserted on is ours.
  system = await startTestSystem();
  const [agent, planner, tech] = [
    await createStaffUser(system, 'SERVICE_AGENT'),
    await createStaffUser(system, 'SERVICE_PLANNER'),
    await createStaffUser(system, 'TECHNICIAN'),
  ];
  technicianId = tech.id;
  const [nordisk, fjord] = [
    await createCustomer(system, { name: 'Nordisk Analytics', accounts: 2 }),
    await createCustomer(system, { name: 'Fjord Analytics' }),
  ];
  [accounts.first, accounts.second, accounts.fjord] = [...nordisk.accounts, ...fjord.accounts];
  tokens.agent = await agent.signIn();
  tokens.planner = await planner.signIn();
  tokens.tech = await tech.signIn();
  tokens.anna = await nordisk.administrator.signIn();
  tokens.bo = await fjord.administrator.signIn();

  const agentToken = tokens.agent;
  // The setup's alerts are for magenta; the replenishment test's for cyan.
  const levels = ['C-EXV58-C', 'C-EXV58-M'].map((sku) => ({
    sku,
    quantity: 2,
    minimumLevel: 2,
    targetLevel: 5,
  }));
  const stores = {
    first: await createStockLocation(system, accounts.first, {
      name: HQ_STORE,
      levels,
      agentToken,
    }),
    second: await createStockLocation(system, accounts.second, {
      name: BRANCH_STORE,
      levels,
      agentToken,
    }),
    fjord: await createStockLocation(system, accounts.fjord, {
      name: FJORD_STORE,
      levels,
      agentToken,
    }),
  };
  // Installed well before the year the analytics show, so every month of it may have readings.
  const installedAt = daysFromToday(-420);
  const fleet: [keyof typeof accounts, string, number][] = [
    ['first', NORDISK, 1],
    ['first', NORDISK, 2],
    ['first', NORDISK, 3],
    ['first', NORDISK, 4],
    ['second', NORDISK, 5],
    ['second', NORDISK, 6],
    ['second', NORDISK, 7],
    ['fjord', FJORD, 1],
    ['fjord', FJORD, 2],
    ['fjord', FJORD, 3],
  ];
  for (const [i, [name, prefix, n]] of fleet.entries()) {
    const mono = n === 2;
    const values = mono ? MONO : COLOUR;
    const serialNumber = serial(prefix, n);
    // One device per account is on e-Maintenance at its account's store.
    const linked = n === 3 || n === 5 || (prefix === FJORD && n === 1);
    const { id } = await createDevice(system, accounts[name], {
      serialNumber,
      agentToken,
      installedAt,
      modelId: mono ? MONO_A3_MODEL : COLOUR_A3_MODEL,
      billedMeters: Object.keys(values),
      eMaintenance: linked,
      stockLocationId: linked ? stores[name].id : null,
    });
    devices[serialNumber] = id;
    // The first device reports every 20 days through the year, the newest 25 days ago (so every
    // month before this one has a reading, whatever today's date); the others twice, a month
    // apart, the newest 33 to 41 days ago (never in this month).
    const readings =
      n === 1 && prefix === NORDISK ? history(values, 19, 20, 25) : history(values, 2, 30, 32 + i);
    await phoneInReadings(system, agentToken, id, readings);
  }
  tokens.dennis = await (
    await createUser(system, {
      organization: nordisk.organization.id,
      name: 'Dennis Device',
      grants: [['DEVICE_MANAGER', accounts.first]],
      devices: [deviceId(serial(NORDISK, 1)), deviceId(serial(NORDISK, 2))],
    })
  ).signIn();

  // Today's orders: one per account (the first on Dennis's device).
  for (const [token, device] of [
    [tokens.anna, serial(NORDISK, 1)],
    [tokens.anna, serial(NORDISK, 5)],
    [tokens.bo, serial(FJORD, 1)],
  ] as const) {
    const created = await system.graphql<{ createServiceOrder: { userErrors: unknown[] } }>(
      `mutation ($input: CreateServiceOrderInput!) { createServiceOrder(input: $input) { userErrors { code } } }`,
      { input: orderFor(deviceId(device)) },
      { token },
    );
    if (created.data?.createServiceOrder.userErrors.length !== 0)
      throw new Error(`order not created: ${JSON.stringify(created)}`);
  }
  // A toner shipment to each store, from its e-Maintenance device's alert.
  for (const [token, name, device] of [
    [tokens.anna, 'first', serial(NORDISK, 3)],
    [tokens.anna, 'second', serial(NORDISK, 5)],
    [tokens.bo, 'fjord', serial(FJORD, 1)],
  ] as const) {
    const key = await createIntegrationKey(system, token, [accounts[name]]);
    const alert = await report(system, key, {
      alertId: `EM-ANALYTICS-SETUP-${name}`,
      deviceId: deviceId(device),
      colour: 'MAGENTA',
      levelPercent: 2,
    });
    if (!alert.shipment) throw new Error(`no shipment: ${JSON.stringify(alert)}`);
  }
}, 300_000);
afterAll(async () => {
  await system.stop();
});

async function ask<T>(query: string, variables: Record<string, unknown>, token?: string) {
  const result = await system.graphql<{ r: T }>(query, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.r;
}

interface Month {
  month: string;
  total: number;
  mono: number;
  colour: number;
  previousYearTotal: number;
  reportingDevices: number;
}
interface Volume {
  months: Month[];
  breakdown: { key: string; label: string; devices: number; total: number }[];
  topDevices: { serialNumber: string; total: number; mono: number; colour: number }[];
  idleDevices: { serialNumber: string }[];
  devicesNotReporting: { serialNumber: string; lastReadingDate: string | null }[];
}
const VOLUME = `query ($from: Date!, $to: Date!, $account: ID, $by: PrintVolumeDimension!) {
  r: printVolume(from: $from, to: $to, accountId: $account) {
    months { month total mono colour previousYearTotal reportingDevices }
    breakdown(by: $by, first: 100) { key label devices total }
    topDevices(first: 3) { serialNumber total mono colour }
    idleDevices { serialNumber }
    devicesNotReporting(days: 20) { serialNumber lastReadingDate } } }`;
const volume = (token: string, by = 'DEVICE', account?: string) =>
  ask<Volume>(VOLUME, { from: aYearAgo(), to: today(), account, by }, token);

describe('printed volume', () => {
  it('adds a reading’s pages to its month, mono and colour, for the Administrator', async () => {
    const before = await volume(tokens.anna!);
    expect(before.months).toHaveLength(13);
    expect(before.months.at(-1)!.month).toBe(thisMonth());
    const { values } = await latestValues(system, tokens.anna!, deviceId(serial(NORDISK, 4)));
    const accepted = await submit(system, tokens.anna!, {
      deviceId: deviceId(serial(NORDISK, 4)),
      values: raised(values, 400),
    });
    expect(accepted.userErrors).toEqual([]);
    const usage = Object.fromEntries(
      accepted.meterReading!.values.map((v) => [v.meter, v.usageSincePrevious!]),
    );

    const after = await volume(tokens.anna!);
    const [was, is] = [before.months.at(-1)!, after.months.at(-1)!];
    expect(is.total - was.total).toBe(usage.TOTAL);
    expect(is.colour - was.colour).toBe(usage.COLOUR);
    expect(is.mono - was.mono).toBe(usage.TOTAL! - usage.COLOUR!);
    expect(is.reportingDevices).toBe(was.reportingDevices + 1);
    // Earlier months are the first device's history: every one has readings.
    expect(after.months.slice(1, -1).every((m) => m.total > 0)).toBe(true);
    const serials = after.breakdown.map((g) => g.label);
    expect(serials).toContain(serial(NORDISK, 4));
    expect(serials).toContain(serial(NORDISK, 5));
    expect(serials.some((s) => s.startsWith(FJORD))).toBe(false);
    const sum = after.breakdown.reduce((n, g) => n + g.total, 0);
    const periodTotal = after.months.reduce((n, m) => n + m.total, 0);
    expect(sum).toBe(periodTotal);
    expect(after.topDevices[0]!.total).toBe(Math.max(...after.breakdown.map((g) => g.total)));
  });

  it('groups by account, model and location, and narrows to one account', async () => {
    const byAccount = await volume(tokens.anna!, 'ACCOUNT');
    expect(byAccount.breakdown.map((g) => g.key).sort()).toEqual(
      [account('first'), account('second')].sort(),
    );
    const byModel = await volume(tokens.anna!, 'MODEL');
    expect(byModel.breakdown.reduce((n, g) => n + g.devices, 0)).toBe(7);
    const one = await volume(tokens.anna!, 'DEVICE', account('second'));
    expect(one.breakdown.map((g) => g.label).sort()).toEqual([
      serial(NORDISK, 5),
      serial(NORDISK, 6),
      serial(NORDISK, 7),
    ]);
  });

  it('shows a Device Manager its assigned devices only, and another organisation nothing', async () => {
    const dennis = await volume(tokens.dennis!);
    expect(dennis.breakdown.map((g) => g.label).sort()).toEqual([
      serial(NORDISK, 1),
      serial(NORDISK, 2),
    ]);
    const foreign = await volume(tokens.bo!, 'DEVICE', account('first'));
    expect(foreign.breakdown).toEqual([]);
    expect(foreign.months.every((m) => m.total === 0)).toBe(true);
    const tech = await volume(tokens.tech!);
    expect(tech.breakdown).toEqual([]);
  });

  it('lists the devices that stopped reporting, oldest reading first', async () => {
    // The built newest readings are 25 to 41 days old; the fourth device reported today above.
    const { devicesNotReporting } = await volume(tokens.anna!);
    const serials = devicesNotReporting.map((d) => d.serialNumber);
    expect(serials).not.toContain(serial(NORDISK, 4));
    expect(serials).toContain(serial(NORDISK, 1));
    const days = devicesNotReporting.map((d) => d.lastReadingDate!);
    expect([...days].sort()).toEqual(days);
  });

  it('refuses a period that ends before it starts, or is longer than 36 months', async () => {
    for (const [from, to] of [
      ['2026-05-01', '2026-04-01'],
      ['2020-01-01', '2026-01-01'],
    ]) {
      const result = await system.graphql(
        VOLUME,
        { from, to, by: 'DEVICE' },
        { token: tokens.anna },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const anonymous = await system.graphql(VOLUME, { from: aYearAgo(), to: today(), by: 'DEVICE' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('readings missing per billing period', () => {
  const MISSING = `query ($from: Date!, $to: Date!, $account: ID) {
    r: meterReadingsMissing(from: $from, to: $to, accountId: $account) { month owing missing } }`;
  const missing = (token: string, account?: string) =>
    ask<{ month: string; owing: number; missing: number }[]>(
      MISSING,
      { from: thisMonth(), to: today(), account },
      token,
    );

  it('counts one fewer missing when a device reports for the month', async () => {
    const [before] = await missing(tokens.agent!, account('fjord'));
    expect(before!.owing).toBe(3);
    const { values } = await latestValues(system, tokens.agent!, deviceId(serial(FJORD, 3)));
    expect(
      (
        await submit(system, tokens.agent!, {
          deviceId: deviceId(serial(FJORD, 3)),
          values: raised(values, 90),
        })
      ).userErrors,
    ).toEqual([]);
    const [after] = await missing(tokens.agent!, account('fjord'));
    expect(after).toEqual({ month: thisMonth(), owing: 3, missing: before!.missing - 1 });
    // Another organisation's account answers as one without devices.
    expect(await missing(tokens.anna!, account('fjord'))).toEqual([]);
  });

  it('answers the service centre from the account rollups as the Administrator from the devices', async () => {
    const year = (token: string, name: keyof typeof accounts) =>
      ask<{ month: string; owing: number; missing: number }[]>(
        MISSING,
        { from: aYearAgo(), to: today(), account: account(name) },
        token,
      );
    for (const [token, number] of [
      [tokens.anna!, 'first'],
      [tokens.anna!, 'second'],
      [tokens.bo!, 'fjord'],
    ] as const) {
      const mine = await year(token, number);
      expect(mine.some((m) => m.owing > 0)).toBe(true);
      expect(await year(tokens.agent!, number)).toEqual(mine);
    }
  });
});

describe('response times', () => {
  interface Period {
    start: string;
    submitted: number;
    due: number;
    respondedOnTime: number;
    backlog: number;
    compliance: number | null;
  }
  const SLA = `query ($from: Date!, $to: Date!, $account: ID) {
    r: serviceOrderAnalytics(from: $from, to: $to, accountId: $account) {
      weeks { start submitted due respondedOnTime backlog compliance }
      months { start submitted backlog }
      accounts { account { id } due compliance } } }`;
  const sla = (token: string, account?: string, to = today()) =>
    ask<{ weeks: Period[]; months: Period[]; accounts: { account: { id: string } }[] }>(
      SLA,
      { from: halfAYearAgo(), to, account },
      token,
    );

  it('counts a new order in this week and the backlog, and its response on time', async () => {
    const before = await sla(tokens.planner!, account('second'));
    const created = await ask<{ serviceOrder: { id: string } }>(
      `mutation ($input: CreateServiceOrderInput!) { r: createServiceOrder(input: $input) {
         serviceOrder { id } userErrors { code } } }`,
      {
        input: {
          deviceId: deviceId(serial(NORDISK, 7)),
          type: 'MAINTENANCE',
          description: 'Yearly maintenance',
          contactName: 'Anna Andersen',
          contactPhone: '+45 70 10 20 30',
        },
      },
      tokens.anna,
    );
    const id = created.serviceOrder.id;
    const after = await sla(tokens.planner!, account('second'));
    expect(after.weeks.at(-1)!.submitted).toBe(before.weeks.at(-1)!.submitted + 1);
    expect(after.weeks.at(-1)!.backlog).toBe(before.weeks.at(-1)!.backlog + 1);
    expect(after.months.at(-1)!.backlog).toBe(after.weeks.at(-1)!.backlog);
    // Earlier weeks' backlog is not changed by today's order.
    expect(after.weeks.slice(0, -1).map((w) => w.backlog)).toEqual(
      before.weeks.slice(0, -1).map((w) => w.backlog),
    );

    const step = (token: string, mutation: string, variables: Record<string, unknown>) =>
      ask<{ userErrors: unknown[] }>(mutation, { id, ...variables }, token);
    // The response is due within a few business days: count through the next fortnight.
    const onTime = async () => {
      const { weeks } = await ask<{ weeks: Period[] }>(
        SLA,
        { from: halfAYearAgo(), to: inDays(14), account: account('second') },
        tokens.planner,
      );
      return weeks.reduce((n, w) => n + w.respondedOnTime, 0);
    };
    const waiting = await onTime();
    await step(
      tokens.agent!,
      `mutation ($id: ID!) { r: acknowledgeServiceOrder(id: $id) { userErrors { code } } }`,
      {},
    );
    await step(
      tokens.planner!,
      `mutation ($id: ID!, $at: DateTime!, $tech: ID!) { r: scheduleServiceOrder(id: $id, visitAt: $at, technicianId: $tech) { userErrors { code } } }`,
      { at: visitTime(), tech: technicianId },
    );
    await step(
      tokens.tech!,
      `mutation ($id: ID!) { r: startServiceOrder(id: $id) { userErrors { code } } }`,
      {},
    );
    expect(await onTime()).toBe(waiting + 1);
  });

  it('gives the service centre every account and customers their own', async () => {
    const centre = await sla(tokens.planner!);
    const ids = centre.accounts.map((a) => a.account.id);
    expect(ids).toEqual(expect.arrayContaining([account('first'), account('fjord')]));
    const anna = await sla(tokens.anna!);
    expect(anna.accounts.map((a) => a.account.id)).not.toContain(account('fjord'));
    // Another organisation's account answers as an account without orders.
    const bo = await sla(tokens.bo!, account('first'));
    expect(bo.weeks.length).toBeGreaterThan(20);
    expect(bo.weeks.every((w) => w.submitted === 0 && w.due === 0 && w.backlog === 0)).toBe(true);
    expect(bo.accounts).toEqual([]);
  });

  it('answers the service centre from the account rollup as an Administrator from the devices', async () => {
    // Today's orders fall due in the coming days: count through the next fortnight.
    for (const [token, name] of [
      [tokens.anna!, 'first'],
      [tokens.bo!, 'fjord'],
    ] as const) {
      const mine = await sla(token, account(name), inDays(14));
      expect(mine.weeks.some((w) => w.due > 0)).toBe(true);
      expect(await sla(tokens.planner!, account(name), inDays(14))).toEqual(mine);
    }
  });
});

describe('replenishment volume', () => {
  const REPLENISHMENT = `query ($from: Date!, $to: Date!) {
    r: replenishmentAnalytics(from: $from, to: $to) {
      months { month shipments unitsOrdered unitsDelivered }
      locations { stockLocation { name } unitsOrdered unitsDelivered } } }`;
  type Replenishment = {
    months: { month: string; shipments: number; unitsOrdered: number; unitsDelivered: number }[];
    locations: { stockLocation: { name: string }; unitsOrdered: number; unitsDelivered: number }[];
  };
  const replenishment = (token: string) =>
    ask<Replenishment>(REPLENISHMENT, { from: aYearAgo(), to: today() }, token);

  it('counts a shipment’s units when ordered and when delivered, per location', async () => {
    const before = await replenishment(tokens.anna!);
    const key = await createIntegrationKey(system, tokens.anna!, [accounts.first]);
    const alert = await report(system, key, {
      alertId: 'EM-ANALYTICS-1',
      deviceId: deviceId(serial(NORDISK, 3)),
      colour: 'CYAN',
      levelPercent: 2,
    });
    const shipment = alert.shipment!;
    await ask(
      DISPATCH.replace('dispatchShipment', 'r: dispatchShipment'),
      { id: shipment.id },
      tokens.agent,
    );
    await ask(
      DELIVER.replace('confirmShipmentDelivered', 'r: confirmShipmentDelivered'),
      { id: shipment.id },
      tokens.anna,
    );
    const after = await replenishment(tokens.anna!);
    const [was, is] = [before.months.at(-1)!, after.months.at(-1)!];
    expect(is).toEqual({
      month: thisMonth(),
      shipments: was.shipments + 1,
      unitsOrdered: was.unitsOrdered + shipment.quantity,
      unitsDelivered: was.unitsDelivered + shipment.quantity,
    });
    const hq = (r: Replenishment) => r.locations.find((l) => l.stockLocation.name === HQ_STORE);
    expect(hq(after)!.unitsDelivered).toBe((hq(before)?.unitsDelivered ?? 0) + shipment.quantity);
    expect(after.locations.map((l) => l.stockLocation.name)).not.toContain(FJORD_STORE);
  });
});

describe('exports of devices, orders and shipments', () => {
  const customer = (...names: (keyof typeof accounts)[]) =>
    new Principal({
      ...ANONYMOUS,
      kind: 'user',
      id: randomUUID(),
      grants: names.map((n): AccountGrant => ({
        accountId: localId(account(n)),
        roles: ['ADMINISTRATOR'],
      })),
    });
  const staff = (staffRole: StaffRole) =>
    new Principal({ ...ANONYMOUS, kind: 'user', id: randomUUID(), staffRole });
  // Our accounts exist once the file's beforeAll has built them.
  let annaAsAdmin: Principal;
  beforeAll(() => {
    annaAsAdmin = customer('first', 'second');
  });

  /** The export's rows as a spreadsheet reader sees them: CSV by csv-parse, XLSX by exceljs. */
  async function readBack(
    format: ExportFormat,
    write: (output: PassThrough) => Promise<number>,
  ): Promise<{ header: unknown[]; rows: unknown[][]; written: number }> {
    const output = new PassThrough();
    const [written, bytes] = await Promise.all([write(output), arrayBuffer(output)]);
    if (format === 'CSV') {
      const [header, ...rows] = parse(Buffer.from(bytes)) as string[][];
      return { header: header!, rows, written };
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const all: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => all.push((row.values as unknown[]).slice(1)));
    const [header, ...rows] = all;
    return { header: header!, rows, written };
  }

  it('exports the devices a customer sees, in XLSX and CSV alike', async () => {
    const devices = system.devices.dataSource;
    const query = (p: Principal) =>
      new DeviceService(devices, p, new RequestLoaders()).exportQuery({});
    const xlsx = await readBack('XLSX', (out) =>
      writeDevicesExport(devices, query(annaAsAdmin), 'XLSX', out),
    );
    expect(xlsx.header).toEqual([...DEVICE_COLUMNS]);
    expect(xlsx.rows).toHaveLength(xlsx.written);
    const serials = xlsx.rows.map((r) => r[0] as string);
    expect(serials).toContain(serial(NORDISK, 1));
    expect(serials).toContain(serial(NORDISK, 7));
    expect(serials.some((s) => s.startsWith(FJORD))).toBe(false);
    expect([...serials].sort()).toEqual(serials);
    const np1 = xlsx.rows.find((r) => r[0] === serial(NORDISK, 1))!;
    expect(np1[2]).toBe(localId(account('first')));
    expect(np1[10]).toEqual(expect.any(Number));

    const csv = await readBack('CSV', (out) =>
      writeDevicesExport(devices, query(annaAsAdmin), 'CSV', out),
    );
    expect(csv.rows.map((r) => r[0])).toEqual(serials);
    const foreign = await readBack('CSV', (out) =>
      writeDevicesExport(devices, query(customer('fjord')), 'CSV', out),
    );
    expect(foreign.rows.length).toBeGreaterThan(0);
    expect(foreign.rows.every((r) => String(r[0]).startsWith(FJORD))).toBe(true);
  });

  it('exports orders with the SLA outcome the analytics count, for whom they are', async () => {
    const orders = system.subgraph('service-orders').dataSource;
    const from = halfAYearAgo();
    const to = today();
    const exported = async (p: Principal, format: ExportFormat) => {
      const scope = new ServiceLevelAnalytics(orders, p).scope(from, to);
      return readBack(format, (out) => writeOrdersExport(orders, scope, format, out));
    };
    const centre = await exported(staff('SERVICE_PLANNER'), 'XLSX');
    expect(centre.header).toEqual([...ORDER_COLUMNS]);
    const months = await new ServiceLevelAnalytics(orders, staff('SERVICE_PLANNER')).months(
      new ServiceLevelAnalytics(orders, staff('SERVICE_PLANNER')).scope(from, to),
    );
    expect(centre.rows).toHaveLength(months.reduce((n, m) => n + m.submitted, 0));
    expect(centre.rows.length).toBeGreaterThan(0);
    for (const [, , , , status, , , , dueAt, respondedAt, outcome] of centre.rows) {
      const expected = respondedAt
        ? String(respondedAt) <= String(dueAt)
          ? 'ON_TIME'
          : 'LATE'
        : status === 'CANCELLED'
          ? 'CANCELLED'
          : String(dueAt) < new Date().toISOString()
            ? 'OVERDUE'
            : 'PENDING';
      expect(outcome).toBe(expected);
    }
    // Every organisation's orders (ours among the demo world's).
    const seen = new Set(centre.rows.map((r) => r[2]));
    for (const name of ['first', 'second', 'fjord'] as const)
      expect(seen).toContain(localId(account(name)));

    const anna = await exported(annaAsAdmin, 'CSV');
    expect(anna.rows.length).toBeGreaterThan(0);
    expect(anna.rows.every((r) => String(r[1]).startsWith(NORDISK))).toBe(true);
    // The technician's work is its orders, not the service level: nothing.
    expect((await exported(staff('TECHNICIAN'), 'CSV')).rows).toEqual([]);
  });

  it('exports the shipments of the customer’s stock locations', async () => {
    const toner = system.subgraph('toner').dataSource;
    const analytics = (p: Principal) => new ReplenishmentAnalytics(toner, p);
    const scope = (p: Principal) => analytics(p).scope(aYearAgo(), today());
    const anna = await readBack('XLSX', (out) =>
      writeShipmentsExport(toner, scope(annaAsAdmin), 'XLSX', out),
    );
    expect(anna.header).toEqual([...SHIPMENT_COLUMNS]);
    const months = await analytics(annaAsAdmin).months(scope(annaAsAdmin));
    expect(anna.rows).toHaveLength(months.reduce((n, m) => n + m.shipments, 0));
    expect(anna.rows.length).toBeGreaterThan(0);
    expect(anna.rows.map((r) => r[1])).not.toContain(FJORD_STORE);
    expect(anna.rows.every((r) => typeof r[4] === 'number')).toBe(true);
    const centre = await readBack('CSV', (out) =>
      writeShipmentsExport(toner, scope(staff('SERVICE_AGENT')), 'CSV', out),
    );
    expect(centre.rows.map((r) => r[1])).toContain(FJORD_STORE);
  });
});

describe('background exports', () => {
  interface Job {
    id: string;
    status: string;
    rowsWritten: number;
    rowsTotal: number | null;
    progress: number;
    downloadUrl: string | null;
  }
  const JOB = 'id status rowsWritten rowsTotal progress downloadUrl';
  // [the request, its input type, following it] of each subgraph's export.
  const EXPORTS = {
    'meter-readings': [
      'exportMeterReadings(input: $input)',
      'MeterReadingExportInput',
      'meterReadingExport(id: $id)',
    ],
    devices: ['exportDevices(input: $input)', 'DeviceExportInput', 'deviceExport(id: $id)'],
    'service-orders': [
      'exportServiceOrders(input: $input)',
      'ServiceOrderExportInput',
      'serviceOrderExport(id: $id)',
    ],
    toner: ['exportShipments(input: $input)', 'ShipmentExportInput', 'shipmentExport(id: $id)'],
  } as const;
  type Subgraph = keyof typeof EXPORTS;

  const requestExport = (subgraph: Subgraph, input: Record<string, unknown>, token?: string) => {
    const [mutation, type] = EXPORTS[subgraph];
    return system.graphql<{ r: { exportJob: Job | null; userErrors: { code: string }[] } }>(
      `mutation ($input: ${type}!) { r: ${mutation} {
         exportJob { ${JOB} } userErrors { code } } }`,
      { input },
      { token },
    );
  };
  const follow = (subgraph: Subgraph, id: string, token: string) =>
    ask<Job | null>(`query ($id: ID!) { r: ${EXPORTS[subgraph][2]} { ${JOB} } }`, { id }, token);
  /** Lets the subgraph's export worker finish what is queued (it runs on its own as well). */
  const produced = async (subgraph: Subgraph) => {
    const worker = system.subgraph(subgraph).workers.find((w) => w instanceof ExportWorker);
    await worker!.flush!();
  };
  const download = (url: string, token?: string) =>
    fetch(new URL(url, system.graphqlUrl), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  /** Asks, lets the worker write it, and answers the finished job as its requester sees it. */
  async function exported(subgraph: Subgraph, input: Record<string, unknown>, token: string) {
    const asked = await requestExport(subgraph, input, token);
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.r.userErrors).toEqual([]);
    expect(asked.data!.r.exportJob).toMatchObject({ status: 'QUEUED', rowsWritten: 0 });
    await produced(subgraph);
    return (await follow(subgraph, asked.data!.r.exportJob!.id, token))!;
  }

  it('writes a readings workbook in the background that only its requester downloads', async () => {
    const period = { from: aYearAgo(), to: today() };
    const job = await exported('meter-readings', { format: 'XLSX', ...period }, tokens.anna!);
    expect(job.status).toBe('DONE');
    expect(job.progress).toBe(1);
    expect(job.rowsWritten).toBe(job.rowsTotal);
    expect(job.rowsWritten).toBeGreaterThan(0);
    expect(job.downloadUrl).toMatch(/^\/exports\/meter-readings\?/);

    // Another organisation: no job, and the link opens nothing, alike.
    expect(await follow('meter-readings', job.id, tokens.bo!)).toBeNull();
    expect((await download(job.downloadUrl!, tokens.bo)).status).toBe(404);
    expect((await download(job.downloadUrl!)).status).toBe(401);

    const response = await download(job.downloadUrl!, tokens.anna);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/meter-readings-.*\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(job.rowsWritten + 1);
    expect(rows.slice(1).every((r) => String(r[0]).startsWith(NORDISK))).toBe(true);
    // A new link ends the previous one.
    const again = (await follow('meter-readings', job.id, tokens.anna!))!;
    expect((await download(job.downloadUrl!, tokens.anna)).status).toBe(404);
    expect((await download(again.downloadUrl!, tokens.anna)).status).toBe(200);
  });

  it('exports devices, orders and shipments as CSV, each from its subgraph', async () => {
    const period = { from: halfAYearAgo(), to: today() };
    const inputs: [Subgraph, Record<string, unknown>, string][] = [
      ['devices', { format: 'CSV', filter: { accountId: account('second') } }, serial(NORDISK, 5)],
      ['service-orders', { format: 'CSV', ...period }, 'SO-'],
      ['toner', { format: 'CSV', ...period }, HQ_STORE],
    ];
    for (const [subgraph, input, expected] of inputs) {
      const job = await exported(subgraph, input, tokens.anna!);
      expect(job.status).toBe('DONE');
      const response = await download(job.downloadUrl!, tokens.anna);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const [, ...rows] = parse(await response.text()) as string[][];
      expect(rows).toHaveLength(job.rowsWritten);
      expect(rows.flat().some((cell) => cell.startsWith(expected))).toBe(true);
    }
  });

  it('holds what each caller may see, never another organisation’s', async () => {
    const nordisk = [localId(account('first')), localId(account('second'))];
    const fjord = [localId(account('fjord'))];
    // The planner and agent see the demo world's accounts too: theirs are judged on ours. A
    // customer's or the technician's rows are judged whole.
    const ours = new Set([...nordisk, ...fjord]);
    const centre = new Set(['planner', 'agent']);
    const readings = { format: 'CSV', from: aYearAgo(), to: today() };
    const orders = { format: 'CSV', from: halfAYearAgo(), to: today() };
    const devices = { format: 'CSV' };
    // [caller, export, input, accounts whose rows it gets (all of them, or none)]
    const cases: [string, Subgraph, Record<string, unknown>, string[]][] = [
      ['anna', 'meter-readings', readings, nordisk],
      ['anna', 'devices', devices, nordisk],
      ['bo', 'service-orders', orders, fjord],
      ['bo', 'toner', readings, fjord],
      // A Device Manager: its assigned devices' readings, orders and the devices; no stock.
      ['dennis', 'meter-readings', readings, [nordisk[0]!]],
      ['dennis', 'service-orders', orders, [nordisk[0]!]],
      ['dennis', 'toner', readings, []],
      ['planner', 'meter-readings', readings, [...nordisk, ...fjord]],
      ['planner', 'devices', devices, [...nordisk, ...fjord]],
      ['planner', 'service-orders', orders, [...nordisk, ...fjord]],
      ['agent', 'toner', readings, [...nordisk, ...fjord]],
      // A technician's work is its orders: no readings, service level or stock.
      ['tech', 'meter-readings', readings, []],
      ['tech', 'service-orders', orders, []],
    ];
    for (const [caller, subgraph, input, expected] of cases) {
      const job = await exported(subgraph, input, tokens[caller]!);
      const csv = await (await download(job.downloadUrl!, tokens[caller])).text();
      const [, ...rows] = parse(csv) as string[][];
      const seen = new Set(
        rows.map((r) => r[2]).filter((a) => !centre.has(caller) || ours.has(a!)),
      );
      expect({ caller, subgraph, accounts: [...seen].sort() }).toEqual({
        caller,
        subgraph,
        accounts: [...expected].sort(),
      });
    }
    // The Device Manager's two devices and nothing else.
    const dennis = await exported('devices', devices, tokens.dennis!);
    const csv = await (await download(dennis.downloadUrl!, tokens.dennis)).text();
    expect((parse(csv) as string[][]).slice(1).map((r) => r[0])).toEqual([
      serial(NORDISK, 1),
      serial(NORDISK, 2),
    ]);
  });

  it('writes an account’s meter usage statement as a PDF of the billed meters', async () => {
    const STATEMENT = `mutation ($input: MeterUsageStatementInput!) {
      r: requestMeterUsageStatement(input: $input) { exportJob { ${JOB} } userErrors { code field } } }`;
    const input = { accountId: account('second'), from: aYearAgo(), to: today() };
    const asked = await ask<{ exportJob: Job }>(STATEMENT, { input }, tokens.anna);
    await produced('meter-readings');
    const job = (await follow('meter-readings', asked.exportJob.id, tokens.anna!))!;
    expect(job.status).toBe('DONE');
    expect(job.rowsWritten).toBe(job.rowsTotal);
    const response = await download(job.downloadUrl!, tokens.anna);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(await response.arrayBuffer());
    expect(text).toContain('Meter usage statement');
    // The account by its number, as customers know it, not by its id.
    expect(text).toContain(`Account: ${accounts.second.customerAccountNumber}`);
    expect(text).not.toContain(input.accountId);
    // Each device's TOTAL pages are its printed volume of the same months.
    const volume = await ask<{ breakdown: { label: string; total: number }[] }>(
      `query ($from: Date!, $to: Date!, $account: ID) { r: printVolume(from: $from, to: $to, accountId: $account) {
         breakdown(by: DEVICE, first: 100) { label total } } }`,
      { from: input.from, to: input.to, account: input.accountId },
      tokens.anna,
    );
    expect(volume.breakdown.length).toBeGreaterThan(0);
    for (const { label, total } of volume.breakdown) {
      expect(text).toContain(label);
      expect(text).toContain(`TOTAL ${new Intl.NumberFormat('en-GB').format(total)}`);
    }
    // Another organisation, or a Device Manager: no such account.
    for (const caller of ['bo', 'dennis']) {
      const refused = await ask<{ exportJob: Job | null; userErrors: { code: string }[] }>(
        STATEMENT,
        { input },
        tokens[caller],
      );
      expect(refused).toEqual({
        exportJob: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'accountId'] }],
      });
    }
  });

  it('refuses a period the analytics refuse, and callers not signed in', async () => {
    const refused = await requestExport(
      'service-orders',
      { format: 'CSV', from: '2026-05-01', to: '2026-04-01' },
      tokens.planner,
    );
    expect(refused.data!.r).toEqual({ exportJob: null, userErrors: [{ code: 'INVALID_EXPORT' }] });
    const anonymous = await requestExport('devices', { format: 'CSV' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

/**
 * The text of a PDF as pdf-parse (pdf.js) reads it. pdf.js loads its worker by a dynamic
 * import, which Jest's module registry refuses: it runs in a node process of its own.
 */
function pdfText(bytes: ArrayBuffer): string {
  const script = `import { PDFParse } from 'pdf-parse';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
    process.stdout.write((await parser.getText()).text);
    await parser.destroy();`;
  const read = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: __dirname,
    input: Buffer.from(bytes),
    maxBuffer: 16 * 1024 * 1024,
  });
  if (read.status !== 0) throw new Error(read.stderr.toString());
  return read.stdout.toString();
}
