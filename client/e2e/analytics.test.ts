import { text } from 'node:stream/consumers';
import type { Browser, Page } from 'playwright-core';
import { fromGlobalId } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { phoneInReadings } from '@portal/testkit/meter-readings';
import { orderFor, serviceOrderApi } from '@portal/testkit/service-orders';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 23: the Analytics page shows an Administrator (in Danish) and the service centre's
 * planner (in English) their charts, each with a data table of the same figures.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

// The demo world holds the device model catalogue; everything the tests look at is built here.
browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

/** The Administrator's customer: two accounts, a device with a reading a month old on the first. */
let customer: TestCustomer;
let device: { id: string; serialNumber: string };
/** Two customers of the service centre's with an order each, and its planner. */
let fjeld: TestCustomer;
let nordlys: TestCustomer;
let planner: TestUser;

beforeAll(async () => {
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  customer = await createCustomer(system, { accounts: 2 });
  device = await createDevice(system, customer.accounts[0]!, { agentToken: agent });
  await phoneInReadings(system, agent, device.id, [{ daysAgo: 30, values: { TOTAL: 120_000 } }]);

  planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pia Planner');
  const plannerToken = await planner.signIn();
  const api = serviceOrderApi(system);
  fjeld = await createCustomer(system, { name: 'Fjeldvik Logistik' });
  nordlys = await createCustomer(system, { name: 'Nordlys Tryk' });
  for (const each of [fjeld, nordlys]) {
    const own = await createDevice(system, each.accounts[0]!, { agentToken: agent });
    const order = await api.ok(await each.administrator.signIn(), 'create', {
      input: orderFor(own.id),
    });
    await api.ok(plannerToken, 'acknowledge', { id: order.id });
  }
});

async function signIn(
  page: Page,
  email: string,
  password: string,
  submit: string,
  welcome: string,
) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(password).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: submit }).click();
  await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
}

/** A chart (its canvas drawn) and the rows of its data table. */
async function chartWithTable(page: Page, title: string, table: string) {
  const figure = page.locator('figure', {
    has: page.getByRole('img', { name: new RegExp(`^${title}`) }),
  });
  await figure.locator('canvas').first().waitFor();
  const rows = figure.getByRole('table', { name: table }).locator('tbody tr');
  return rows.allInnerTexts();
}

describe('the Analytics page', () => {
  it('shows an Administrator this month’s pages in the chart’s data table, in Danish', async () => {
    // A reading of this month, so that the month's row has pages the test knows.
    const token = await customer.administrator.signIn();
    const latest = await system.graphql<{
      device: { latestMeterReading: { values: { meter: string; value: number }[] } };
    }>(
      `query ($id: ID!) { device(id: $id) { latestMeterReading { values { meter value } } } }`,
      { id: device.id },
      { token },
    );
    const values = latest.data!.device.latestMeterReading.values.map(({ meter, value }) => ({
      meter,
      value: value + (meter === 'TOTAL' ? 500 : 250),
    }));
    const submitted = await system.graphql<{ submitMeterReading: { userErrors: unknown[] } }>(
      `mutation ($input: SubmitMeterReadingInput!) { submitMeterReading(input: $input) { userErrors { code } } }`,
      { input: { deviceId: device.id, values } },
      { token },
    );
    expect(submitted.data!.submitMeterReading.userErrors).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const volume = await system.graphql<{ printVolume: { months: { total: number }[] } }>(
      `query ($d: Date!) { printVolume(from: $d, to: $d) { months { total } } }`,
      { d: today },
      { token },
    );
    const thisMonth = volume.data!.printVolume.months[0]!.total;
    expect(thisMonth).toBeGreaterThanOrEqual(500);

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await signIn(
      page,
      customer.administrator.email,
      'Adgangskode',
      'Log ind',
      `Velkommen, ${customer.administrator.name}`,
    );
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Analyser' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Analyser' }).waitFor();
    const months = await chartWithTable(
      page,
      'Udskrevne sider pr. måned',
      'Datatabel: Udskrevne sider pr. måned',
    );
    expect(months).toHaveLength(12);
    const cells = months.at(-1)!.split('\t');
    expect(cells[3]).toBe(new Intl.NumberFormat('da-DK').format(thisMonth));
    const weeks = await chartWithTable(page, 'Svartider pr. uge', 'Datatabel: Svartider pr. uge');
    expect(weeks.length).toBeGreaterThanOrEqual(12);
    const toner = await chartWithTable(
      page,
      'Tonerpåfyldning pr. måned',
      'Datatabel: Tonerpåfyldning pr. måned',
    );
    expect(toner).toHaveLength(12);
    await page
      .getByRole('table', { name: 'Flest udskrifter' })
      .getByText(device.serialNumber)
      .waitFor();
    // The readings of the same months as a workbook, written in the background.
    await page.getByRole('button', { name: 'Eksportér tællerstande' }).click();
    await page.getByRole('link', { name: /^Hent tællerstande \([\d.]+ rækker\)$/ }).waitFor();
    // The meter usage statement of an account she administers, as a PDF.
    const statement = page.getByRole('listitem').filter({ hasText: 'Forbrugsopgørelse' });
    const second = customer.accounts[1]!;
    await statement
      .getByLabel('Konto')
      .selectOption({ label: `${second.name} (${second.customerAccountNumber})` });
    await statement.getByRole('button', { name: 'Eksportér forbrugsopgørelse' }).click();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      statement.getByRole('link', { name: /^Hent forbrugsopgørelse/ }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^meter-usage-statement-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await text(await pdf.createReadStream())).startsWith('%PDF-')).toBe(true);
    await screenshot(page, 'analytics-administrator-da');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the planner the service centre’s charts over every account, in English', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, planner.email, 'Password', 'Sign in', `Welcome, ${planner.name}`);
    await page.goto('/analytics');
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
    const weeks = await chartWithTable(
      page,
      'Response times per week',
      'Data table: Response times per week',
    );
    expect(weeks.length).toBeGreaterThanOrEqual(12);
    const missing = await chartWithTable(
      page,
      'Readings missing per billing period',
      'Data table: Readings missing per billing period',
    );
    expect(missing).toHaveLength(12);
    const accounts = page.getByRole('table', { name: 'Response times per account' });
    await accounts.getByText(fjeld.organization.name).first().waitFor();
    await accounts.getByText(nordlys.organization.name).first().waitFor();
    await chartWithTable(page, 'Printed pages per month', 'Data table: Printed pages per month');
    // Every account's orders of the period as CSV, with their response-time outcome.
    const orders = page
      .getByRole('listitem')
      .filter({ hasText: 'Service orders with response times' });
    await orders.getByLabel('Format').selectOption('CSV');
    await orders.getByRole('button', { name: 'Export service orders with response times' }).click();
    const link = orders.getByRole('link', { name: /^Download service orders with response times/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^service-orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await text(await download.createReadStream());
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe(
      'number,serialNumber,account,type,status,channel,submittedAt,responseTimeHours,responseDueAt,respondedAt,slaOutcome',
    );
    for (const each of [fjeld, nordlys]) {
      const account = fromGlobalId('Account', each.accounts[0]!.id)!;
      expect(rows.some((row) => row.includes(account))).toBe(true);
    }
    await screenshot(page, 'analytics-planner-en');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
