import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  MONO_A3_MODEL,
  newAddress,
  TEST_PASSWORD,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { phoneInReadings } from '@portal/testkit/meter-readings';
import { makeOverdue, orderFor, serviceOrderApi } from '@portal/testkit/service-orders';
import { call, createIntegrationKey, DISPATCH, report } from '@portal/testkit/toner';
import { accessibilityProblems } from './support/accessibility';
import { CLIENT_DIST, personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * The web client as people use it: the built client/dist served by the gateway of a real
 * system (every subgraph, a fresh database with the demo catalogues, mail captured as .eml
 * files and shown in the dev mailbox), driven in headless Chromium.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

// Whole scenarios on a loaded machine: each step has its own 15 s limit.
browserSuite(
  { devMailboxDir: process.env.PORTAL_TEST_MAIL_DIR, mode: 'demo', usageReportMs: 200 },
  (suite) => ({ system, browser, baseURL } = suite),
);

/** The customer whose people use the client; its Administrator is Alma Administrator. */
let customer: TestCustomer;
let account: TestAccount;
/** Another customer, on the service centre's list too; the CSV upload names its device. */
let other: TestCustomer;
let theirDevice: { id: string; serialNumber: string };
/**
 * The customer's devices: Dennis's two (the first with readings and an overdue breakdown
 * order), three with readings for the CSV upload, and one that takes toner from the store.
 */
let devices: { id: string; serialNumber: string }[];
/** A Device Manager on the customer's account, assigned its first two devices. */
let dennis: TestUser;
/** A Stock Manager assigned the store. */
let sara: TestUser;
let agent: TestUser;

/** The customer's stock location, with one toner below its minimum and a shipment on its way. */
const STORE = 'Odense HQ store';
/** Two monthly readings, the newer 35 days old: the device owes this period's reading. */
const HISTORY = [
  { daysAgo: 65, values: { TOTAL: 100_000, BLACK: 70_000, COLOUR: 30_000 } },
  { daysAgo: 35, values: { TOTAL: 106_000, BLACK: 74_000, COLOUR: 32_000 } },
];

// The demo world holds the device model and toner catalogues and the help articles; the people,
// devices, orders and stock the tests look at are built here.
beforeAll(async () => {
  customer = await createCustomer(system, { name: 'Nordisk Print' });
  account = customer.accounts[0]!;
  other = await createCustomer(system, { name: 'Fjord Logistik' });
  agent = await createStaffUser(system, 'SERVICE_AGENT', 'Asta Agent');
  const agentToken = await agent.signIn();
  const colour = { agentToken, billedMeters: ['TOTAL', 'BLACK', 'COLOUR'] };
  devices = [];
  for (let n = 0; n < 5; n++) {
    const device = await createDevice(system, account, n === 1 ? { agentToken } : colour);
    if (n !== 1) await phoneInReadings(system, agentToken, device.id, HISTORY);
    devices.push(device);
  }
  theirDevice = await createDevice(system, other.accounts[0]!, colour);
  await phoneInReadings(system, agentToken, theirDevice.id, HISTORY);
  dennis = await createUser(system, {
    organization: customer.organization.id,
    name: 'Dennis Dahl',
    grants: [['DEVICE_MANAGER', account]],
    devices: [devices[0]!.id, devices[1]!.id],
  });
  const admin = await customer.administrator.signIn();
  const breakdown = await serviceOrderApi(system).ok(admin, 'create', {
    input: orderFor(devices[0]!.id, {
      type: 'BREAKDOWN',
      description: 'Paper jams in tray 2 several times an hour since Monday.',
    }),
  });
  await makeOverdue(system, breakdown.id);

  // The store: yellow below its minimum; black at it, so one toner-low alert orders a shipment,
  // which the service centre dispatches.
  const store = await createStockLocation(system, account, {
    name: STORE,
    agentToken,
    levels: [
      { sku: 'C-EXV58-C', quantity: 3, minimumLevel: 2, targetLevel: 5 },
      { sku: 'C-EXV58-Y', quantity: 1, minimumLevel: 2, targetLevel: 5 },
      { sku: 'C-EXV60-BK', quantity: 1, minimumLevel: 1, targetLevel: 4 },
    ],
  });
  const mono = await createDevice(system, account, {
    agentToken,
    modelId: MONO_A3_MODEL,
    eMaintenance: true,
    stockLocationId: store.id,
  });
  devices.push(mono);
  const alert = await report(system, await createIntegrationKey(system, admin, [account]), {
    alertId: randomUUID(),
    deviceId: mono.id,
    colour: 'BLACK',
  });
  if (!alert.shipment) throw new Error(`no shipment ordered: ${JSON.stringify(alert)}`);
  await call(system, agentToken, DISPATCH, { id: alert.shipment.id });
  sara = await createUser(system, {
    organization: customer.organization.id,
    name: 'Sara Storm',
    grants: [['STOCK_MANAGER', account]],
    stockLocations: [store.id],
  });
});

/** `text` as a regular expression matching it literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function signIn(
  page: Page,
  email: string,
  labels: { email: string; password: string; submit: string },
  password = TEST_PASSWORD,
) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}
/** Polls until `read` answers `expected` (the page updates after the server answers). */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const actual = await read();
    if (actual === expected || Date.now() > deadline) return expect(actual).toBe(expected);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const expectCount = (locator: Locator, count: number) => eventually(() => locator.count(), count);
const expectText = (locator: Locator, text: string) =>
  eventually(async () => (await locator.innerText()).trim(), text);

/** Tomorrow 10:00 in Copenhagen, as a datetime-local field takes it. */
function visitTomorrow(): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + 24 * 3600_000),
  );
  return `${day}T10:00`;
}

/** The persisted hash of the built client's document that holds this operation. */
function documentHash(operation: string): string {
  const documents = JSON.parse(
    readFileSync(path.join(CLIENT_DIST, '.vite/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const found = Object.entries(documents).filter(([, text]) => text.includes(operation));
  expect(found).toHaveLength(1);
  return found[0]![0];
}

const EN = { email: 'E-mail', password: 'Password', submit: 'Sign in' };
const DA = { email: 'E-mail', password: 'Adgangskode', submit: 'Log ind' };

describe('the web client', () => {
  it('shows the sign-in screen with under 300 KB of JavaScript, gzipped', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    console.log(
      `first screen: ${scripts.length} scripts, ${(gzipped / 1024).toFixed(1)} KB gzipped`,
    );
    expect(gzipped).toBeLessThan(300 * 1024);
    // Each page's GraphQL documents come with the page (by their hashes): the sign-in's own
    // are here, the webhook delivery log's are not.
    const text = bodies.map((body) => body.toString('utf8')).join('\n');
    const carries = (operation: string) => text.includes(documentHash(operation));
    expect([carries('mutation Login('), carries('mutation RedeliverWebhook(')]).toEqual([
      true,
      false,
    ]);
    // The support contact is on every screen.
    await page.getByRole('link', { name: 'selfservice@canon.dk' }).waitFor();
    expect(await page.getByRole('link', { name: '+45 70 15 50 05' }).getAttribute('href')).toBe(
      'tel:+4570155005',
    );
    await screenshot(page, 'sign-in');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets an Administrator invite a user and grant a role; the invitation is accepted from the mail', async () => {
    const larsMail = newAddress(customer, 'lars.larsen');
    const number = account.customerAccountNumber;
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, customer.administrator.email, EN);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Alma Administrator' }).waitFor();
    // The counters come from the orders, readings and stock subgraphs.
    for (const card of [
      'Open service orders',
      'Overdue responses',
      'Meter readings due',
      'Toner below minimum',
    ])
      await page
        .getByRole('article')
        .filter({ has: page.getByRole('heading', { name: card }) })
        .locator('.card__figure', { hasText: /^\d+$/ })
        .waitFor();
    await screenshot(page, 'dashboard-administrator');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Overview',
      'Devices',
      'Service orders',
      'Meter readings',
      'Toner stock',
      'Analytics',
      'Help articles',
      'Users',
      'Webhooks',
      'Invoices',
      'Account',
    ]);

    await nav.getByRole('link', { name: 'Users' }).click();
    const invite = page.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel(/^Name\b/).fill('Lars Larsen');
    await invite.getByLabel(/^E-mail\b/).fill(larsMail);
    await invite.getByLabel(`Self-Service user on ${number}`).check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`The invitation is on its way to ${larsMail}.`).waitFor();

    const row = page.getByRole('row', { name: /Lars Larsen/ });
    await row.getByText('Invited, not confirmed').waitFor();
    await row.getByRole('button', { name: 'Manage Lars Larsen' }).click();
    const panel = page.getByRole('region', { name: 'Lars Larsen' });
    await panel.getByLabel('Role', { exact: true }).selectOption({ label: 'Device Manager' });
    await panel
      .getByLabel('Account', { exact: true })
      .selectOption({ label: `${number} · ${account.name}` });
    await panel.getByRole('button', { name: 'Give role' }).click();
    await panel.getByText(`The user is now Device Manager on ${number}.`).waitFor();
    await panel.getByRole('button', { name: `Remove Device Manager on ${number}` }).waitFor();
    await screenshot(page, 'users');

    // What the page says is what the API holds.
    const token = await customer.administrator.signIn();
    const users = await system.graphql<{
      organization: { users: { edges: { node: { email: string; grants: unknown[] } }[] } };
    }>(
      '{ organization { users(first: 50) { edges { node { email grants { role account { customerAccountNumber } } } } } } }',
      {},
      { token },
    );
    const lars = users.data!.organization.users.edges.find((e) => e.node.email === larsMail);
    expect(lars?.node.grants).toEqual(
      expect.arrayContaining([
        { role: 'SELF_SERVICE_USER', account: { customerAccountNumber: number } },
        { role: 'DEVICE_MANAGER', account: { customerAccountNumber: number } },
      ]),
    );

    // Lars opens the invitation in the dev mailbox and chooses a password.
    const larsBrowser = await personIn(browser, baseURL, 'en-GB');
    await larsBrowser.page.goto(`/mailbox?to=${encodeURIComponent(larsMail)}`);
    await larsBrowser.page
      .getByRole('button', {
        name: new RegExp(`You are invited to Canon Self-Service.*${literally(larsMail)}`),
      })
      .first()
      .click();
    await larsBrowser.page.getByRole('link', { name: 'Accept the invitation' }).click();
    await larsBrowser.page.getByLabel(/^New password/).waitFor();
    expect(await accessibilityProblems(larsBrowser.page, '/accept-invitation')).toEqual([]);
    await larsBrowser.page.getByLabel(/^New password/).fill('Toner på hylden 2026!');
    await larsBrowser.page.getByLabel('Repeat the password').fill('Toner på hylden 2026!');
    await larsBrowser.page.getByRole('button', { name: 'Save password and sign in' }).click();
    await larsBrowser.page
      .getByRole('heading', { level: 1, name: 'Welcome, Lars Larsen' })
      .waitFor();
    await larsBrowser.page.getByText('Device Manager, Self-Service user').waitFor();
    expect(larsBrowser.pageErrors).toEqual([]);
    await larsBrowser.context.close();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Account' })
      .click();
    await page.getByText(account.systemAccountNumber).waitFor();
    await page
      .getByText(
        'the customer account number is on your contract, invoices, quotes and tenders; the system account number is your identifier at the service centre.',
      )
      .waitFor();
    await screenshot(page, 'account');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('sends a signed-out visitor to sign in and back, renews an expired session and signs out', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    // Every operation goes by its persisted hash; no query text leaves the browser.
    const bodies: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] =
      [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        bodies.push(request.postDataJSON() as (typeof bodies)[number]);
    });
    await page.goto('/users');
    await page.waitForURL(/\/sign-in\?next=%2Fusers$/);
    await page.getByLabel('E-mail').fill(customer.administrator.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();

    // The 15-minute access cookie runs out; the refresh cookie renews the session.
    await context.clearCookies({ name: 'portal_session' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect((await context.cookies()).some((c) => c.name === 'portal_session')).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto('/users');
    await page.waitForURL(/\/sign-in\?next=%2Fusers$/);
    expect(pageErrors).toEqual([]);
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) {
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    await context.close();
  });

  it('shows a new API key secret once, and the key works as a Bearer token', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, customer.administrator.email, EN);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Alma Administrator' }).waitFor();
    await page.goto('/users');
    const form = page.getByRole('form', { name: 'Create API key' });
    await form.getByLabel(/^Name\b/).fill('ERP integration');
    await form.getByLabel(`Administrator on ${account.customerAccountNumber}`).check();
    await form.getByRole('button', { name: 'Create API key' }).click();
    const secret = (await page.getByTestId('api-key-secret').innerText()).trim();
    const viaKey = await system.graphql<{ devices: { totalCount: number } }>(
      '{ devices(filter: { accountId: null }) { totalCount } }',
      {},
      { token: secret },
    );
    expect(viaKey.errors).toBeUndefined();
    // The customer's devices, no other customer's.
    expect(viaKey.data!.devices.totalCount).toBe(devices.length);
    await page.reload();
    await page.getByRole('button', { name: 'Revoke the key ERP integration' }).waitFor();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    // The key's request, once the gateway has reported it, in the key's usage for today.
    const usage = page.getByText('ERP integration: requests: 1, errors: 0');
    await eventually(async () => {
      if ((await usage.count()) === 0) await page.reload();
      return usage.count();
    }, 1);
    await usage.click();
    const today = page.getByRole('table', { name: 'Usage of the key ERP integration' });
    expect(await today.getByRole('row').count()).toBe(2);
    // Its one query used no deprecated field.
    expect(await today.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).toEqual([
      '1',
      '0',
      expect.stringMatching(/^\d+$/),
      '–',
    ]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses an invalid location next to the field, in Danish, then saves a valid one', async () => {
    const serial = devices[0]!.serialNumber;
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await signIn(page, dennis.email, DA);
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Dennis Dahl' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Enheder' })
      .click();
    await page.getByText('2 enheder').waitFor();
    await screenshot(page, 'devices-device-manager-da');
    await page.getByRole('link', { name: serial }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(serial) }).waitFor();
    const history = page.getByRole('region', { name: 'Placeringshistorik' }).getByRole('row');
    const rowsBefore = await history.count();

    await page.getByRole('button', { name: 'Ændr placering' }).click();
    const form = page.getByRole('form', { name: 'Ændr placering' });
    const phone = form.getByLabel('Kontakttelefon');
    await phone.fill('ring til receptionen');
    await form.getByRole('button', { name: 'Gem placering' }).click();
    const refusal =
      'Skriv telefonnummeret med cifre, eventuelt med +, mellemrum, bindestreger eller parenteser.';
    await form.getByText(refusal).waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await phone.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain(refusal);
    expect(await phone.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, 'device-location-refused-da');

    await phone.fill('+45 70 10 20 30');
    await form.getByLabel('Etage').fill('5');
    await form.getByLabel('Kontaktperson på stedet').fill('Reception');
    await form.getByRole('button', { name: 'Gem placering' }).click();
    await page.getByText('Den nye placering er gemt.').waitFor();
    expect(await history.count()).toBe(rowsBefore + 1);
    await page
      .getByRole('region', { name: 'Placeringshistorik' })
      .getByText(/Reception, \+45 70 10 20 30/)
      .waitFor();
    await screenshot(page, 'device-da');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a Self-Service user the help articles and no devices, and renders Markdown safely', async () => {
    // Staff write articles; this one tries every way to run script in a reader's browser.
    const agentToken = await agent.signIn();
    const created = await system.graphql<{ createKnowledgeArticle: { userErrors: unknown[] } }>(
      `mutation ($input: KnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { userErrors { code message } } }`,
      {
        input: {
          slug: 'toner-safety-check',
          title: 'Toner safety check',
          language: 'en',
          tags: ['toner'],
          body: [
            'Shake the **toner** cartridge gently.',
            '<script>window.__xss = "script"</script>',
            '<img src="x" onerror="window.__xss = \'onerror\'">',
            '[Canon](javascript:window.__xss="link")',
            '<iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
          ].join('\n\n'),
        },
      },
      { token: agentToken },
    );
    expect(created.data!.createKnowledgeArticle.userErrors).toEqual([]);
    const sune = await createUser(system, {
      organization: customer.organization.id,
      name: 'Sune Skov',
      grants: [['SELF_SERVICE_USER', account]],
    });

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, sune.email, EN);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Sune Skov' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Overview',
      'Help articles',
      'Account',
    ]);
    await screenshot(page, 'dashboard-self-service');
    await page.goto('/devices');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    await nav.getByRole('link', { name: 'Help articles' }).click();
    await page.getByLabel('Search the help articles').fill('paper jam');
    // The search's answer first: a list replaced between a click's press and release loses it.
    const answered = page.waitForResponse((response) =>
      Boolean(response.request().postData()?.includes('"paper jam"')),
    );
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await answered;
    await page.getByRole('link', { name: /paper/i }).first().click();
    await page.waitForURL('**/knowledge/paper-jam');
    await page.locator('.article-body ol li').first().waitFor();
    await screenshot(page, 'article');

    await page.goto('/knowledge/toner-safety-check');
    await page.getByRole('heading', { level: 1, name: 'Toner safety check' }).waitFor();
    await page.locator('.article-body strong', { hasText: 'toner' }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    const body = page.locator('.article-body');
    expect(await body.locator('script, iframe, [onerror]').count()).toBe(0);
    expect(await body.locator('a[href^="javascript:"]').count()).toBe(0);

    // The language can be switched at any time.
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Hjælpeartikler' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('registers a new user, who confirms from the dev mailbox and signs in', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    const email = newAddress(customer, 'rikke.ny');
    const password = 'Blæk og papir 2026!';
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Register as a user' }).click();
    await page.getByLabel(/^Name\b/).fill('Rikke Ny');
    await page.getByLabel(/^E-mail\b/).fill(email);
    await page.getByLabel(/^New password/).fill(password);
    await page.getByLabel(/^Repeat the password/).fill(password);
    await page.getByLabel('Customer account number').fill(account.customerAccountNumber);
    const serial = page.getByLabel('Serial number of one of your devices');
    await serial.fill('NP9999999');
    await page.getByRole('button', { name: 'Register' }).click();
    await page
      .getByText(
        'No device with this serial number is on an account with this customer account number.',
        { exact: false },
      )
      .waitFor();
    expect(await serial.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'register-refused');

    await serial.fill(devices[2]!.serialNumber);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
    await page.getByRole('link', { name: 'Open the dev mailbox' }).click();
    await page
      .getByRole('button', {
        name: new RegExp(`Confirm your e-mail for Canon Self-Service.*${literally(email)}`),
      })
      .first()
      .click();
    await page
      .getByRole('heading', { level: 2, name: 'Confirm your e-mail for Canon Self-Service' })
      .waitFor();
    await screenshot(page, 'mailbox');
    expect(await accessibilityProblems(page, '/mailbox')).toEqual([]);
    await page.getByRole('link', { name: 'Confirm the e-mail' }).click();
    await page.getByText('Your e-mail is confirmed and you are signed in.').waitFor();
    expect(await accessibilityProblems(page, '/confirm-email')).toEqual([]);
    await page.getByRole('button', { name: 'Go to the overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Rikke Ny' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, email, EN, password);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Rikke Ny' }).waitFor();
    await page.getByText('Self-Service user').first().waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows service-centre staff every account with credit status and payment history', async () => {
    // The billing system's service account records an invoice of the customer's.
    const agentToken = await agent.signIn();
    const billing = await system.graphql<{ createServiceAccount: { secret: string | null } }>(
      'mutation { createServiceAccount(input: { name: "Billing (portal)", capabilities: [BILLING] }) { secret userErrors { code } } }',
      {},
      { token: agentToken },
    );
    const recorded = await system.graphql<{ recordInvoice: { userErrors: unknown[] } }>(
      `mutation ($i: RecordInvoiceInput!) { recordInvoice(input: $i) { userErrors { code field } } }`,
      {
        i: {
          accountId: account.id,
          invoiceNumber: 'F-2026-1101',
          invoiceDate: '2026-11-05',
          dueDate: '2099-12-05',
          currency: 'DKK',
          lines: [
            {
              description: 'Pages, October',
              deviceId: devices[1]!.id,
              meter: 'TOTAL',
              periodStart: '2026-10-01',
              periodEnd: '2026-10-31',
              quantity: 4200,
              amount: '1250.50',
            },
          ],
        },
      },
      { token: billing.data!.createServiceAccount.secret! },
    );
    expect(recorded.data!.recordInvoice.userErrors).toEqual([]);

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, agent.email, EN);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Customer accounts' })
      .click();
    await page
      .getByRole('row', { name: new RegExp(literally(other.organization.name)) })
      .first()
      .waitFor();
    await page.getByRole('button', { name: `Payments of ${account.name}` }).click();
    const payments = page.getByRole('region', {
      name: new RegExp(`Payment history: ${literally(account.name)}`),
    });
    await payments.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'staff-accounts');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets a Device Manager submit a reading (a lower value refused at the field, in Danish) and raise an order with a help article offered', async () => {
    const serial = devices[0]!.serialNumber;
    const token = await dennis.signIn();
    const before = await system.graphql<{
      deviceBySerialNumber: {
        latestMeterReading: { values: { meter: string; value: number }[] };
      };
    }>(
      'query ($serial: String!) { deviceBySerialNumber(serialNumber: $serial) { latestMeterReading { values { meter value } } } }',
      { serial },
      { token },
    );
    const previous = new Map(
      before.data!.deviceBySerialNumber.latestMeterReading.values.map((v) => [v.meter, v.value]),
    );
    // His profile's phone number, which the order form starts its contact fields with.
    const profile = await system.graphql<{ updateProfile: { userErrors: unknown[] } }>(
      'mutation { updateProfile(input: { phone: "+45 20 30 40 50" }) { userErrors { code } } }',
      {},
      { token },
    );
    expect(profile.data!.updateProfile.userErrors).toEqual([]);
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await signIn(page, dennis.email, DA);
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Dennis Dahl' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Enheder' })
      .click();
    await page.getByRole('link', { name: serial }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(serial) }).waitFor();

    const form = page.getByRole('form', { name: 'Indsend en tælleraflæsning' });
    const total = form.getByLabel(/^Tæller: Total/);
    // The last values are shown at the fields once the device's history is in.
    await form
      .getByText(/^Sidst: [\d.]+ den /)
      .first()
      .waitFor();
    await total.fill(String(previous.get('TOTAL')! - 1000));
    await form.getByLabel(/^Tæller: Sort/).fill(String(previous.get('BLACK')! + 600));
    await form.getByLabel(/^Tæller: Farve/).fill(String(previous.get('COLOUR')! + 400));
    await form.getByRole('button', { name: 'Indsend aflæsning' }).click();
    const refusal = form.getByText(/^Tælleren Total viste .*; en tæller kan kun gå op\./);
    await refusal.waitFor();
    expect(await total.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await total.getAttribute('aria-describedby'))!.split(' ');
    const errorId = describedBy.find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toMatch(
      /^Tælleren Total viste [\d.]+ den .+; en tæller kan kun gå op\./,
    );
    expect(await total.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, 'meter-reading-refused-da');

    const history = page.getByRole('region', { name: 'Tælleraflæsninger' }).locator('tbody tr');
    const readingsBefore = await history.count();
    await total.fill(String(previous.get('TOTAL')! + 1000));
    await form.getByRole('button', { name: 'Indsend aflæsning' }).click();
    await form.getByText(/^Aflæsningen fra .+ er godkendt\.$/).waitFor();
    await page.getByText('Periodens aflæsning er indsendt.').waitFor();
    await expectCount(history, readingsBefore + 1);
    await page.getByRole('img', { name: /^Udskrevne sider mellem aflæsninger/ }).waitFor();
    await screenshot(page, 'device-meter-history-da');

    // A new order: a help article is offered while the problem is typed.
    await page.getByRole('button', { name: 'Opret en serviceordre' }).click();
    const order = page.getByRole('form', { name: 'Opret en serviceordre' });
    await order.getByLabel(/^Hvad er der galt\?/).pressSequentially('Papirstop i skuffe 2', {
      delay: 30,
    });
    await order
      .getByRole('region', { name: 'Kan du selv løse det?' })
      .getByRole('link', { name: 'Papirstop: sådan fjerner du fastsiddende papir' })
      .waitFor();
    // The contact starts as the signed-in Device Manager; he gives the reception's number.
    expect(await order.getByLabel(/^Kontaktperson på stedet/).inputValue()).toBe('Dennis Dahl');
    expect(await order.getByLabel(/^Kontakttelefon/).inputValue()).toBe('+45 20 30 40 50');
    expect(await order.getByLabel(/^Kontaktens e-mail/).inputValue()).toBe(dennis.email);
    await order.getByLabel(/^Kontakttelefon/).fill('+45 33 12 34 57');
    await screenshot(page, 'service-order-suggestions-da');
    // The device has an open breakdown order already: the refusal points at it.
    await order.getByRole('button', { name: 'Send ordre' }).click();
    await order.getByText('Enheden har allerede en åben nedbrudsordre:').waitFor();
    await order.getByRole('link', { name: /^SO-\d+$/ }).waitFor();
    await order.getByLabel(/^Type/).selectOption({ label: 'Vedligeholdelse' });
    await order.getByRole('button', { name: 'Send ordre' }).click();
    await page.getByRole('heading', { level: 1, name: /^SO-\d+ Indsendt$/ }).waitFor();
    await page.getByText(/^Ordre SO-\d+ er sendt\./).waitFor();
    await page
      .getByTestId('sla-clock')
      .getByText(/^om \d+/)
      .waitFor();
    await page.getByRole('region', { name: 'Historik' }).getByText('Ordre indsendt').waitFor();
    await screenshot(page, 'service-order-da');
    const number = (await page.getByRole('heading', { level: 1 }).innerText()).split(' ')[0];

    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Serviceordrer' })
      .click();
    await page.getByRole('row', { name: new RegExp(`${number} .*Vedligeholdelse`) }).waitFor();
    await page
      .getByRole('row')
      .filter({ has: page.getByText('Forsinket') })
      .first()
      .waitFor();
    await screenshot(page, 'service-orders-da');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets a Stock Manager record a stock count and confirm a delivery', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, sara.email, EN);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Sara Storm' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Overview',
      'Devices',
      'Toner stock',
      'Help articles',
      'Account',
    ]);
    await nav.getByRole('link', { name: 'Toner stock' }).click();
    const store = page.getByRole('region', { name: new RegExp(`^${STORE}`) });
    const levels = store.getByRole('table', { name: `Toner levels of ${STORE}` });
    const yellow = levels.getByRole('row', { name: /C-EXV 58 Toner Yellow/ });
    await yellow.getByText('Below minimum').waitFor();
    await screenshot(page, 'stock');

    await store.getByRole('button', { name: 'Record a stock count' }).click();
    const count = store.getByRole('form', { name: `Stock count of ${STORE}` });
    await count.getByLabel(/^Counted: C-EXV 58 Toner Yellow/).fill('4');
    await count.getByLabel(/^Counted: C-EXV 58 Toner Cyan/).fill('-1');
    await count.getByRole('button', { name: 'Save count' }).click();
    await count.getByText('Enter a whole number of 0 or more.').waitFor();
    await count.getByLabel(/^Counted: C-EXV 58 Toner Cyan/).fill('3');
    await count.getByRole('button', { name: 'Save count' }).click();
    await store.getByText('The stock count is saved.').waitFor();
    await expectText(yellow.getByRole('cell').first(), '4');
    expect(await yellow.getByText('Below minimum').count()).toBe(0);

    const shipments = store.getByRole('table', { name: `Shipments to ${STORE}` });
    await shipments
      .getByRole('button', { name: /^Confirm delivery of \d+ × C-EXV 60 Toner Black$/ })
      .click();
    await store.getByText(/^Delivery of \d+ × C-EXV 60 Toner Black is confirmed/).waitFor();
    await screenshot(page, 'stock-counted');

    const saraToken = await sara.signIn();
    const stock = await system.graphql<{
      stockLocations: {
        name: string;
        levels: { quantity: number; toner: { sku: string } }[];
        shipments: { edges: { node: { status: string; toner: { sku: string } } }[] };
      }[];
    }>(
      '{ stockLocations { name levels { quantity toner { sku } } shipments(first: 20) { edges { node { status toner { sku } } } } } }',
      {},
      { token: saraToken },
    );
    const hq = stock.data!.stockLocations.find((l) => l.name === STORE)!;
    expect(hq.levels.find((l) => l.toner.sku === 'C-EXV58-Y')?.quantity).toBe(4);
    expect(hq.levels.find((l) => l.toner.sku === 'C-EXV58-C')?.quantity).toBe(3);
    expect(
      hq.shipments.edges.filter(
        (e) => e.node.toner.sku === 'C-EXV60-BK' && e.node.status === 'DISPATCHED',
      ),
    ).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets the planner acknowledge and schedule an order from the queue, and the technician start and resolve it', async () => {
    const planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
    // A name no demo colleague has, so the planner's choice is unambiguous.
    const technician = await createStaffUser(system, 'TECHNICIAN', 'Tove Tekniker');
    const token = await dennis.signIn();
    const created = await system.graphql<{
      createServiceOrder: { serviceOrder: { id: string; number: string } };
    }>(
      `mutation ($input: CreateServiceOrderInput!) { createServiceOrder(input: $input) { serviceOrder { id number } userErrors { code } } }`,
      {
        input: {
          deviceId: devices[1]!.id,
          type: 'MAINTENANCE',
          description: 'Yearly maintenance before the busy season.',
          contactName: 'Dennis Dahl',
          contactPhone: '+45 33 12 34 57',
        },
      },
      { token },
    );
    const { id, number } = created.data!.createServiceOrder.serviceOrder;

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, planner.email, EN);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Order queue' })
      .click();
    const overdue = page.getByRole('region', { name: /^Overdue \(\d+\)$/ });
    await overdue.getByRole('row').filter({ hasText: 'Overdue' }).first().waitFor();
    const due = page.getByRole('region', { name: /^Due \(\d+\)$/ });
    await due.getByRole('link', { name: number }).waitFor();
    await screenshot(page, 'staff-order-queue');
    await due.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { level: 1, name: `${number} Submitted` }).waitFor();
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText('The order is acknowledged.').waitFor();
    await page.getByRole('heading', { level: 1, name: `${number} Acknowledged` }).waitFor();
    const schedule = page.getByRole('form', { name: 'Schedule the visit' });
    await schedule.getByLabel(/^Technician/).selectOption({ label: technician.name });
    await schedule.getByLabel(/^Visit \(date and time\)/).fill(visitTomorrow());
    await schedule
      .getByLabel('Comment for the customer (optional)')
      .fill('The technician brings a maintenance kit.');
    await schedule.getByRole('button', { name: 'Schedule the visit' }).click();
    await schedule.getByText('The visit is scheduled.').waitFor();
    await page.getByRole('heading', { level: 1, name: `${number} Scheduled` }).waitFor();
    await page
      .getByRole('region', { name: 'History' })
      .getByText('Acknowledged → Scheduled')
      .waitFor();
    await screenshot(page, 'staff-order-scheduled');
    const read = await system.graphql<{
      serviceOrder: { status: string; technicianName: string; scheduledVisitAt: string };
    }>(
      'query ($id: ID!) { serviceOrder(id: $id) { status technicianName scheduledVisitAt } }',
      { id },
      { token },
    );
    expect(read.data!.serviceOrder).toMatchObject({
      status: 'SCHEDULED',
      technicianName: technician.name,
    });
    expect(pageErrors).toEqual([]);
    await context.close();

    const tech = await personIn(browser, baseURL, 'en-GB');
    await signIn(tech.page, technician.email, EN);
    await tech.page
      .getByRole('heading', { level: 1, name: `Welcome, ${technician.name}` })
      .waitFor();
    await tech.page.goto(`/service-orders/${encodeURIComponent(id)}`);
    await tech.page.getByRole('button', { name: 'Start work' }).click();
    await tech.page.getByRole('heading', { level: 1, name: `${number} In progress` }).waitFor();
    await screenshot(tech.page, 'technician-order-started');
    await tech.page.getByRole('button', { name: 'Resolve' }).click();
    const resolve = tech.page.getByRole('form', { name: 'Resolve' });
    await resolve.getByLabel(/^What was done/).fill('Maintenance kit fitted; 20 test pages fine.');
    await resolve.getByRole('button', { name: 'Resolve' }).click();
    await tech.page.getByRole('heading', { level: 1, name: `${number} Resolved` }).waitFor();
    await tech.page
      .getByRole('region', { name: 'History' })
      .getByText('Maintenance kit fitted; 20 test pages fine.')
      .waitFor();
    expect(tech.pageErrors).toEqual([]);
    await tech.context.close();
  });

  it('uploads meter readings from a CSV file in batches, with progress and a result per line', async () => {
    // Three of the customer's devices with readings, none of them Dennis's.
    const [due, lower, many] = devices.slice(2, 5).map((d) => d.serialNumber) as [
      string,
      string,
      string,
    ];
    const admin = await customer.administrator.signIn();
    const latest = await system.graphql<{
      devices: {
        edges: {
          node: {
            serialNumber: string;
            contract: { billedMeters: string[] };
            latestMeterReading: { values: { meter: string; value: number }[] };
          };
        }[];
      };
    }>(
      '{ devices(first: 100) { edges { node { serialNumber contract { billedMeters } latestMeterReading { values { meter value } } } } } }',
      {},
      { token: admin },
    );
    const bySerial = new Map(latest.data!.devices.edges.map((e) => [e.node.serialNumber, e.node]));
    const meters = ['TOTAL', 'BLACK', 'COLOUR', 'LARGE_FORMAT'];
    const line = (serial: string, change: number) =>
      [
        serial,
        ...meters.map((meter) => {
          const value = bySerial
            .get(serial)!
            .latestMeterReading.values.find((v) => v.meter === meter)?.value;
          return value === undefined ? '' : String(value + change);
        }),
      ].join(';');
    const csv = [
      `serialNumber;${meters.join(';')}`,
      line(due, 500),
      line(lower, -100),
      'XX9999999;1000;1000;;',
      // Another customer's device, with a value that is no number.
      `${theirDevice.serialNumber};12x;;;`,
      // 26 lines for one device: 28 lines to send make two batches (25 + 3); the first of these
      // is accepted, the others are a second reading on the same day.
      ...Array.from({ length: 26 }, () => line(many, 100)),
    ].join('\n');

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, customer.administrator.email, EN);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Alma Administrator' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Meter readings' })
      .click();
    await page
      .getByRole('region', { name: 'Readings due' })
      .getByRole('link', { name: due })
      .waitFor();
    // Every value the progress bar shows, from its first to its last.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { __progress?: string[] }).__progress = seen;
      new MutationObserver(() => {
        const value = document.querySelector('progress')?.getAttribute('value');
        if (value && seen[seen.length - 1] !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByLabel('CSV file with readings').setInputFiles({
      name: 'readings.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    // Nothing is sent before the preview is submitted; the lines that cannot be sent say why.
    await page.getByText('30 lines read: 28 can be submitted, 2 cannot (see why below).').waitFor();
    const preview = page.getByRole('table', { name: 'Lines in the file' });
    await preview
      .getByRole('row', {
        name: '4 XX9999999 Total 1,000 · Black 1,000 Cannot be sent No device of yours has this serial number.',
      })
      .waitFor();
    await preview
      .getByRole('row', { name: new RegExp(`^2 ${due} Total [\\d,]+ · .* Ready$`) })
      .waitFor();
    expect(await progressShown(page)).toEqual([]);
    await screenshot(page, 'meter-readings-csv-preview');
    await page.getByRole('button', { name: 'Submit 28 readings' }).click();
    // A result with refusals is not shown as a success.
    const summary = page
      .getByRole('status')
      .filter({ hasText: '2 readings accepted, 28 refused.' });
    await summary.waitFor();
    expect(await summary.getAttribute('class')).toContain('alert--warning');
    const progress = page.getByRole('progressbar', { name: '30 of 30 lines handled' });
    expect(await progress.getAttribute('value')).toBe('30');
    // Lines refused before sending, then each batch.
    expect(await progressShown(page)).toEqual(expect.arrayContaining(['2', '27', '30']));
    const results = page.getByRole('table', { name: 'Result per line' });
    await results.getByRole('row', { name: new RegExp(`^2 ${due} Accepted$`) }).waitFor();
    await results
      .getByRole('row', {
        name: new RegExp(
          `^3 ${lower} Refused The Total counter read [\\d,]+ on .+; a counter only goes up\\..* The Black counter read`,
        ),
      })
      .waitFor();
    await results
      .getByRole('row', { name: '4 XX9999999 Refused No device of yours has this serial number.' })
      .waitFor();
    await results
      .getByRole('row', {
        name: `5 ${theirDevice.serialNumber} Refused Enter the counter as a whole number.`,
      })
      .waitFor();
    await results.getByRole('row', { name: new RegExp(`^6 ${many} Accepted$`) }).waitFor();
    await results
      .getByRole('row', {
        name: new RegExp(`^31 ${many} Refused The device already has today’s reading\\.`),
      })
      .waitFor();
    await screenshot(page, 'meter-readings-csv');
    // The first device's reading is in: it leaves the list of readings due.
    await expectCount(
      page.getByRole('region', { name: 'Readings due' }).getByRole('link', { name: due }),
      0,
    );
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('serves the partner playground with a place for the Bearer token', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    const token = await customer.administrator.signIn();
    await page.goto('/playground');
    await page.getByLabel('Bearer token').fill(token);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // GraphiQL's editors load after the container; a click before they are ready runs nothing,
    // so click again until the answer shows (at most six times five seconds).
    const answer = page.locator('.graphiql-response', { hasText: customer.administrator.name });
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: /^Execute query/ }).click();
      try {
        await answer.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 6) throw error;
      }
    }
    await screenshot(page, 'playground');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

/** Every value the CSV upload's progress bar has shown (recorded by the page since set up). */
function progressShown(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => (window as { __progress?: string[] }).__progress);
}
