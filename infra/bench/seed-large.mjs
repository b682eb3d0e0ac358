// `npm run seed:large`: the benchmark's large data set in .data/bench/large (an embedded
// PostgreSQL of its own): the demo world plus 1,000 organisations, 5,000 accounts, 100,000
// devices (with every subgraph's projection of them), 5,000,000 meter readings over twelve
// months, 200,000 service orders with history and 5,000 stock locations, loaded with COPY.
// One Administrator holds an account of 500 devices; the output names them.
// Options: --scale <0..1> (a smaller copy, e.g. for the test), --dir <folder>.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  freePort,
  loadDevkit,
  platform,
  prepareDatabase,
  rebuildRollups,
  root,
} from '../scripts/system.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const scale = Number(option('scale', 1));
const dir = path.resolve(option('dir', path.join(root, '.data/bench/large')));
const n = (count) => Math.max(1, Math.round(count * scale));
const ORGANISATIONS = n(1_000);
const ACCOUNTS = n(5_000);
const DEVICES = n(100_000);
const READINGS_PER_DEVICE = 50; // weekly over twelve months: 5,000,000 at full scale
const ORDERS_PER_DEVICE = 2; // 200,000 at full scale
const BIG_ACCOUNT_DEVICES = Math.min(500, DEVICES);
const ADMIN_EMAIL = 'large.admin@bench.example';
const FLEET_ADMIN_EMAIL = 'fleet.admin@bench.example';
const started = Date.now();

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// The benchmarks always run on an embedded PostgreSQL of their own.
const devkit = await loadDevkit('run npm install: the benchmarks need the development tooling');
const postgres = new devkit.EmbeddedPostgres({
  dataDir: path.join(dir, 'pg'),
  port: await freePort(),
  // Only while loading; a clean stop checkpoints everything.
  settings: {
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_wal_size: '4GB',
  },
});
await postgres.start();
const client = new pg.Client({ connectionString: postgres.url('portal') });
try {
  await postgres.ensureDatabase('portal');
  await prepareDatabase(postgres.url('portal'), { seed: true });
  await client.connect();
  await load();
} finally {
  await client.end().catch(() => undefined);
  await postgres.stop();
}

async function load() {
  const models = (
    await client.query(
      'SELECT id, name, colour, pages_per_minute, meters, toner_skus FROM devices.device_model ORDER BY name',
    )
  ).rows;
  const calendar =
    (await client.query('SELECT calendar FROM service_orders.service_order LIMIT 1')).rows[0]
      ?.calendar ?? 'DK';
  const anna = (
    await client.query(
      `SELECT password_hash, status FROM identity.app_user WHERE email = 'anna.admin@nordiskprint.example'`,
    )
  ).rows[0];

  const organisations = Array.from({ length: ORGANISATIONS }, () => randomUUID());
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => ({
    id: randomUUID(),
    organisation: organisations[i % ORGANISATIONS],
    number: String(700000 + i),
    stockLocation: randomUUID(),
  }));
  // Account 0 gets 500 devices; the rest share the others evenly.
  const accountOf = (d) =>
    d < BIG_ACCOUNT_DEVICES
      ? accounts[0]
      : (accounts[1 + ((d - BIG_ACCOUNT_DEVICES) % Math.max(ACCOUNTS - 1, 1))] ?? accounts[0]);
  const devices = Array.from({ length: DEVICES }, (_, d) => {
    const model = models[d % models.length];
    return {
      id: randomUUID(),
      serial: `LG${String(d).padStart(7, '0')}`,
      account: accountOf(d),
      model,
      meters: model.meters,
    };
  });

  const meterCount = devices.reduce((sum, v) => sum + v.meters.length, 0);
  const total =
    ORGANISATIONS +
    ACCOUNTS * 4 +
    DEVICES * 5 +
    (DEVICES + meterCount) * READINGS_PER_DEVICE +
    DEVICES * ORDERS_PER_DEVICE * 4;
  const bar = new cliProgress.SingleBar(
    {
      format: 'seed:large [{bar}] {percentage}% | {value}/{total} rows | {table} | {duration}s',
      hideCursor: true,
      // Without a terminal (CI, a log file): a line every 10 s.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { table: '' });
  const copy = async (table, columns, rows) => {
    bar.update({ table });
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    let count = 0;
    await pipeline(
      Readable.from(
        (function* () {
          let chunk = '';
          for (const row of rows()) {
            chunk += `${row.map(field).join('\t')}\n`;
            if (++count % 5000 === 0) {
              bar.increment(5000);
              yield chunk;
              chunk = '';
            }
          }
          bar.increment(count % 5000);
          if (chunk) yield chunk;
        })(),
      ),
      stream,
    );
  };

  await copy('identity.organization', ['id', 'name'], function* () {
    for (const [i, id] of organisations.entries()) yield [id, `Bench Organisation ${i + 1}`];
  });
  await copy(
    'identity.account',
    ['id', 'organization_id', 'name', 'customer_account_number', 'system_account_number'],
    function* () {
      for (const a of accounts)
        yield [a.id, a.organisation, `Account ${a.number}`, a.number, `SYS${a.number}`];
    },
  );
  await copy('toner.stock_location', ['id', 'account_id', 'name', 'address'], function* () {
    for (const a of accounts)
      yield [a.stockLocation, a.id, `Store ${a.number}`, `Lagervej ${a.number}, Kolding`];
  });
  await copy(
    'toner.stock_level',
    ['location_id', 'sku', 'quantity', 'minimum_level', 'target_level'],
    function* () {
      const skus = [...new Set(models.flatMap((m) => m.toner_skus))];
      for (const [i, a] of accounts.entries())
        for (const sku of [skus[i % skus.length], skus[(i + 1) % skus.length]])
          yield [a.stockLocation, sku, i % 7, 2, 6];
    },
  );
  await copy(
    'devices.device',
    [
      'id',
      'serial_number',
      'model_id',
      'account_id',
      'status',
      'installed_at',
      'e_maintenance',
      'stock_location_id',
      'revision',
      'location_address',
      'location_floor',
      'contract_number',
      'contract_response_time_hours',
      'contract_billed_meters',
      'contract_reading_frequency',
    ],
    function* () {
      for (const [d, v] of devices.entries())
        yield [
          v.id,
          v.serial,
          v.model.id,
          v.account.id,
          'ACTIVE',
          '2024-01-15',
          d % 3 === 0,
          v.account.stockLocation,
          1,
          `Printervej ${d + 1}, Aarhus`,
          String(d % 5),
          `SC-${v.serial}`,
          8,
          v.meters,
          'MONTHLY',
        ];
    },
  );
  const snapshot = (v, d) =>
    JSON.stringify({
      deviceId: v.id,
      revision: 1,
      serialNumber: v.serial,
      accountId: v.account.id,
      status: 'ACTIVE',
      modelId: v.model.id,
      modelName: v.model.name,
      colour: v.model.colour,
      pagesPerMinute: v.model.pages_per_minute,
      meters: v.meters,
      tonerSkus: v.model.toner_skus,
      timeZone: 'Europe/Copenhagen',
      installedAt: '2024-01-15',
      location: {
        address: `Printervej ${d + 1}, Aarhus`,
        building: null,
        floor: String(d % 5),
        room: null,
        note: null,
        contactName: null,
        contactPhone: null,
      },
      eMaintenance: d % 3 === 0,
      stockLocationId: v.account.stockLocation,
      contractNumber: `SC-${v.serial}`,
      responseTimeHours: 8,
      billedMeters: v.meters,
      readingFrequency: 'MONTHLY',
    });
  for (const schema of ['identity', 'service_orders', 'meter_readings', 'toner']) {
    await copy(
      `${schema}.device_projection`,
      ['device_id', 'revision', 'serial_number', 'account_id', 'status', 'snapshot'],
      function* () {
        for (const [d, v] of devices.entries())
          yield [v.id, 1, v.serial, v.account.id, 'ACTIVE', snapshot(v, d)];
      },
    );
  }

  // Readings: weekly, the last one a week ago; every meter grows by 400-1,600 pages a week.
  const day = 86_400_000;
  const today = Date.UTC(
    new Date().getUTCFullYear(),
    new Date().getUTCMonth(),
    new Date().getUTCDate(),
  );
  const dateOf = (d, r) =>
    new Date(today - (READINGS_PER_DEVICE - r) * 7 * day - (d % 7) * day)
      .toISOString()
      .slice(0, 10);
  const readingId = (d, r) => `${devices[d].id.slice(0, 24)}${String(r).padStart(12, '0')}`;
  await copy(
    'meter_readings.meter_reading',
    [
      'id',
      'device_id',
      'reading_date',
      'source',
      'submitted_by',
      'submitted_at',
      'previous_reading_date',
    ],
    function* () {
      for (let d = 0; d < DEVICES; d++)
        for (let r = 0; r < READINGS_PER_DEVICE; r++) {
          const date = dateOf(d, r);
          yield [
            readingId(d, r),
            devices[d].id,
            date,
            'E_MAINTENANCE',
            'system:e-maintenance',
            `${date} 06:00:00+00`,
            r ? dateOf(d, r - 1) : null,
          ];
        }
    },
  );
  await copy(
    'meter_readings.meter_reading_value',
    ['reading_id', 'meter', 'value', 'usage_since_previous'],
    function* () {
      for (let d = 0; d < DEVICES; d++) {
        const weekly = 400 + (d % 1200);
        for (let r = 0; r < READINGS_PER_DEVICE; r++)
          for (const [m, meter] of devices[d].meters.entries()) {
            const share = m === 0 ? 1 : 0.5;
            yield [
              readingId(d, r),
              meter,
              Math.round((10_000 + r * weekly) * share),
              r ? Math.round(weekly * share) : null,
            ];
          }
      }
    },
  );

  // Service orders: two per device, most closed, one in ten open, some of those overdue.
  const orders = [];
  const hour = 3_600_000;
  await copy(
    'service_orders.service_order',
    [
      'id',
      'device_id',
      'type',
      'status',
      'channel',
      'description',
      'contact_name',
      'contact_phone',
      'calendar',
      'submitted_at',
      'received_at',
      'response_time_hours',
      'response_due_at',
      'responded_at',
      'created_by',
    ],
    function* () {
      for (let d = 0; d < DEVICES; d++)
        for (let o = 0; o < ORDERS_PER_DEVICE; o++) {
          const i = d * ORDERS_PER_DEVICE + o;
          const open = i % 10 === 0;
          const submitted = today - (open ? (i % 40) * hour : (30 + (i % 300)) * day);
          const due = submitted + 8 * hour;
          const status = open ? (i % 20 === 0 ? 'SUBMITTED' : 'ACKNOWLEDGED') : 'CLOSED';
          const responded =
            status === 'SUBMITTED' ? null : new Date(submitted + 2 * hour).toISOString();
          const id = randomUUID();
          orders.push({ id, status, submitted });
          yield [
            id,
            devices[d].id,
            ['BREAKDOWN', 'MAINTENANCE', 'OTHER'][i % 3],
            status,
            'PORTAL',
            `Bench order ${i}: paper jam in tray ${1 + (i % 4)}`,
            'Bench Contact',
            '+45 70 00 00 00',
            calendar,
            new Date(submitted).toISOString(),
            new Date(submitted).toISOString(),
            8,
            new Date(due).toISOString(),
            responded,
            'system:bench',
          ];
        }
    },
  );
  await copy(
    'service_orders.service_order_event',
    ['order_id', 'at', 'actor', 'actor_name', 'from_status', 'to_status', 'comment'],
    function* () {
      for (const order of orders) {
        yield [
          order.id,
          new Date(order.submitted).toISOString(),
          'system:bench',
          'Bench',
          null,
          'SUBMITTED',
          null,
        ];
        if (order.status !== 'SUBMITTED')
          yield [
            order.id,
            new Date(order.submitted + 2 * hour).toISOString(),
            'system:bench',
            'Service centre',
            'SUBMITTED',
            'ACKNOWLEDGED',
            'Technician assigned',
          ];
        else bar.increment(1);
        if (order.status === 'CLOSED')
          yield [
            order.id,
            new Date(order.submitted + 30 * hour).toISOString(),
            'system:bench',
            'Service centre',
            'ACKNOWLEDGED',
            'CLOSED',
            null,
          ];
        else bar.increment(1);
      }
    },
  );
  // Keep the sequences ahead of what COPY bypassed.
  await client.query(
    `SELECT setval(pg_get_serial_sequence('service_orders.service_order', 'sequence'), (SELECT max(sequence) FROM service_orders.service_order))`,
  );

  // Administrators with the demo password: of the 500-device account, and of another
  // organisation's account, where the bench's S3 and S4 add their e-Maintenance fleet (100,000
  // devices a run): in the 500-device account, S6 and the overview would measure that fleet.
  const administrator = async (email, name, account) => {
    const id = randomUUID();
    await client.query(
      `INSERT INTO identity.app_user (id, organization_id, email, name, password_hash, status, email_confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [id, account.organisation, email, name, anna.password_hash, anna.status],
    );
    await client.query(
      `INSERT INTO identity.role_grant (user_id, account_id, role) VALUES ($1, $2, 'ADMINISTRATOR')`,
      [id, account.id],
    );
  };
  const fleetAccount = accounts[1] ?? accounts[0];
  await administrator(ADMIN_EMAIL, 'Large Fleet Administrator', accounts[0]);
  await administrator(FLEET_ADMIN_EMAIL, 'Bench e-Maintenance Administrator', fleetAccount);
  // COPY bypassed the services: the analytics rollups are counted from what it loaded.
  bar.update({ table: 'rollups' });
  await rebuildRollups(postgres.url('portal'));
  bar.update({ table: 'ANALYZE' });
  await client.query('ANALYZE');
  bar.stop();

  const world = {
    admin: ADMIN_EMAIL,
    account: accounts[0].number,
    accountId: accounts[0].id,
    devicesInAccount: BIG_ACCOUNT_DEVICES,
    fleetAdmin: FLEET_ADMIN_EMAIL,
    fleetAccountId: fleetAccount.id,
    organisations: ORGANISATIONS,
    accounts: ACCOUNTS,
    devices: DEVICES,
    meterReadings: DEVICES * READINGS_PER_DEVICE,
    serviceOrders: DEVICES * ORDERS_PER_DEVICE,
    stockLocations: ACCOUNTS,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(path.join(dir, 'large.json'), `${JSON.stringify(world, null, 2)}\n`);
  console.log(
    `\nLarge data set in ${path.relative(process.cwd(), dir) || '.'} (${world.seconds} s): ${ORGANISATIONS} organisations, ${ACCOUNTS} accounts, ` +
      `${DEVICES} devices, ${world.meterReadings} meter readings, ${world.serviceOrders} service orders, ${ACCOUNTS} stock locations.\n` +
      `Administrator: ${ADMIN_EMAIL} (password ${platform.DEMO_PASSWORD}), account ${accounts[0].number} with ${BIG_ACCOUNT_DEVICES} devices.`,
  );
}

/** COPY text format: \N for null, arrays as {a,b}, tabs/newlines/backslashes escaped. */
function field(value) {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}
