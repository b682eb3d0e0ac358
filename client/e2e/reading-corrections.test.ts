import type { Browser, Page } from 'playwright-core';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  LARGE_FORMAT_MODEL,
  MONO_A3_MODEL,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { latestValues, phoneInReadings } from '@portal/testkit/meter-readings';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21: a service agent corrects a reading on the device's history, with a reason; the
 * customer's Administrator then sees the corrected values and the correction (who, why).
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

/** The customer whose Administrator reads, submits and confirms. */
let customer: TestCustomer;
/** The agent in the browser: a name no demo colleague has, shown on his corrections. */
let asger: TestUser;
/** Each a device of the customer's with two monthly readings, the newest 35 days ago. */
const devices = {} as Record<
  'corrected' | 'confirmed' | 'phoned',
  { id: string; serialNumber: string }
>;

// The demo world holds the device model catalogue; everything the tests look at is built here.
browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

beforeAll(async () => {
  customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  // Another agent builds the world, so only Asger's own corrections name him.
  const agentToken = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  // Kinds as the demo devices these tests used had: a mono A3 and a colour A3 on e-Maintenance,
  // a large-format device whose readings the customer submits.
  const kinds: [keyof typeof devices, string, boolean, Record<string, number>[]][] = [
    [
      'corrected',
      MONO_A3_MODEL,
      true,
      [
        { TOTAL: 600_000, BLACK: 600_000 },
        { TOTAL: 616_000, BLACK: 616_000 },
      ],
    ],
    [
      'phoned',
      COLOUR_A3_MODEL,
      true,
      [
        { TOTAL: 250_000, BLACK: 170_000, COLOUR: 80_000 },
        { TOTAL: 259_000, BLACK: 176_000, COLOUR: 83_000 },
      ],
    ],
    [
      'confirmed',
      LARGE_FORMAT_MODEL,
      false,
      [
        { TOTAL: 6_000, LARGE_FORMAT: 6_000 },
        { TOTAL: 6_200, LARGE_FORMAT: 6_200 },
      ],
    ],
  ];
  for (const [name, modelId, eMaintenance, [older, newer]] of kinds) {
    devices[name] = await createDevice(system, account, {
      agentToken,
      modelId,
      eMaintenance,
      billedMeters: Object.keys(older!),
    });
    await phoneInReadings(system, agentToken, devices[name].id, [
      { daysAgo: 65, values: older! },
      { daysAgo: 35, values: newer! },
    ]);
  }
  asger = await createStaffUser(system, 'SERVICE_AGENT', 'Asger Agent');
});

async function signIn(page: Page, email: string, password: string, submit: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(password).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: submit }).click();
}

/** The newest reading's values of a device (its global id), as the agent reads them. */
async function newestValues(device: string): Promise<{ meter: string; value: number }[]> {
  const { values } = await latestValues(system, await asger.signIn(), device);
  return Object.entries(values).map(([meter, value]) => ({ meter, value }));
}

describe('meter-reading corrections in the web client', () => {
  it('an agent corrects a reading with a reason; the customer sees it in the history', async () => {
    const values = await newestValues(devices.corrected.id);
    const names: Record<string, string> = { TOTAL: 'Total', BLACK: 'Black', COLOUR: 'Colour' };

    const agent = await personIn(browser, baseURL, 'en-GB');
    await signIn(agent.page, asger.email, 'Password', 'Sign in');
    await agent.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await agent.page.goto(`/devices/${devices.corrected.id}`);
    await agent.page
      .getByRole('heading', { level: 1, name: devices.corrected.serialNumber })
      .waitFor();
    await agent.page
      .getByRole('button', { name: /^Correct the reading of/ })
      .first()
      .click();
    const form = agent.page.getByRole('form', { name: /^Correct the reading of/ });
    for (const { meter, value } of values)
      await form.getByLabel(new RegExp(`^${names[meter]} counter`)).fill(String(value - 5));
    await form.getByRole('button', { name: 'Save correction' }).click();
    // No reason: refused at the field, nothing sent.
    await form.getByText('Say why the reading is corrected.').waitFor();
    await form.getByLabel(/^Reason/).fill('Counter misread on the phone');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await agent.page.getByText(/^The reading of .+ is corrected\.$/).waitFor();
    await agent.page
      .getByText(/corrected by Asger Agent on/)
      .first()
      .waitFor();
    await screenshot(agent.page, 'reading-corrected-by-agent-en');
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();

    const anna = await personIn(browser, baseURL, 'da-DK');
    await signIn(anna.page, customer.administrator.email, 'Adgangskode', 'Log ind');
    await anna.page
      .getByRole('heading', { level: 1, name: `Velkommen, ${customer.administrator.name}` })
      .waitFor();
    await anna.page.goto(`/devices/${devices.corrected.id}`);
    await anna.page
      .getByRole('heading', { level: 1, name: devices.corrected.serialNumber })
      .waitFor();
    const history = anna.page.getByRole('region', { name: 'Tælleraflæsninger' });
    const line = history.getByText(/rettet af Asger Agent den/).first();
    await line.waitFor();
    expect(await history.locator('tbody tr').first().innerText()).toContain(
      'Counter misread on the phone',
    );
    // No correcting for customers.
    expect(await anna.page.getByRole('button', { name: /^Ret aflæsningen/ }).count()).toBe(0);
    await screenshot(anna.page, 'reading-correction-seen-by-customer-da');
    expect(anna.pageErrors).toEqual([]);
    await anna.context.close();
  });

  it('a customer confirms an implausible increase; an agent checks it off the review list', async () => {
    const values = Object.fromEntries(
      (await newestValues(devices.confirmed.id)).map((v) => [v.meter, v.value]),
    );
    const anna = await personIn(browser, baseURL, 'en-GB');
    await signIn(anna.page, customer.administrator.email, 'Password', 'Sign in');
    await anna.page
      .getByRole('heading', { level: 1, name: `Welcome, ${customer.administrator.name}` })
      .waitFor();
    await anna.page.goto(`/devices/${devices.confirmed.id}`);
    const form = anna.page.getByRole('form', { name: 'Submit a meter reading' });
    await form.getByLabel(/^Total counter/).fill(String(values.TOTAL! * 10 + 200_000));
    await form.getByLabel(/^Large format counter/).fill(String(values.LARGE_FORMAT! + 100));
    await form.getByRole('button', { name: 'Submit reading' }).click();
    const confirm = form.getByRole('button', { name: /^Yes, we really printed that much/ });
    await confirm.waitFor();
    await screenshot(anna.page, 'implausible-increase-confirm-en');
    await confirm.click();
    await form.getByText(/The service centre will check the large increase\.$/).waitFor();
    await anna.page.getByText('Awaiting check').first().waitFor();
    expect(anna.pageErrors).toEqual([]);
    await anna.context.close();

    const agent = await personIn(browser, baseURL, 'da-DK');
    await signIn(agent.page, asger.email, 'Adgangskode', 'Log ind');
    await agent.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await agent.page.goto('/meter-readings');
    const list = agent.page.getByRole('table', { name: 'Bekræftede stigninger til kontrol' });
    const row = list.locator('tbody tr', { hasText: devices.confirmed.serialNumber });
    await row.waitFor();
    await screenshot(agent.page, 'readings-to-review-da');
    await row.getByRole('button', { name: 'Markér som kontrolleret' }).click();
    await agent.page.getByText('Ingen bekræftede stigninger venter på kontrol.').waitFor();
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();
  });

  it('an agent enters a phone reading dated last week (source PHONE)', async () => {
    const values = await newestValues(devices.phoned.id);
    const names: Record<string, string> = { TOTAL: 'Total', BLACK: 'Black', COLOUR: 'Colour' };
    const lastWeek = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
      new Date(Date.now() - 7 * 24 * 3600_000),
    );
    const agent = await personIn(browser, baseURL, 'en-GB');
    await signIn(agent.page, asger.email, 'Password', 'Sign in');
    await agent.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await agent.page.goto(`/devices/${devices.phoned.id}`);
    const form = agent.page.getByRole('form', { name: 'Submit a meter reading' });
    await form.getByLabel(/^Reading date/).fill(lastWeek);
    for (const { meter, value } of values)
      await form.getByLabel(new RegExp(`^${names[meter]} counter`)).fill(String(value + 50));
    await form.getByRole('button', { name: 'Submit reading' }).click();
    await form.getByText(/^The reading of .+ is accepted\.$/).waitFor();
    const token = await asger.signIn();
    const latest = await system.graphql<{
      device: { latestMeterReading: { readingDate: string; source: string } };
    }>(
      `query ($id: ID!) { device(id: $id) { latestMeterReading { readingDate source } } }`,
      { id: devices.phoned.id },
      { token },
    );
    expect(latest.data!.device.latestMeterReading).toEqual({
      readingDate: lastWeek,
      source: 'PHONE',
    });
    await screenshot(agent.page, 'phone-reading-last-week-en');
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();
  });
});
