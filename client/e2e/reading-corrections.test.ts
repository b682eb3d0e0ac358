import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, demoIds, toGlobalId } from '@portal/platform';
import type { TestSystem } from '@portal/testkit';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21: a service agent corrects a reading on the device's history, with a reason; the
 * customer's Administrator then sees the corrected values and the correction (who, why).
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

const DEVICE = toGlobalId('Device', demoIds.device('NP1000002'));

async function signIn(page: Page, email: string, password: string, submit: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: submit }).click();
}

async function newestValues(serial = 'NP1000002'): Promise<{ meter: string; value: number }[]> {
  const token = await system.signIn('agent@service.example');
  const result = await system.graphql<{
    device: {
      meterReadings: { edges: { node: { values: { meter: string; value: number }[] } }[] };
    };
  }>(
    `query ($id: ID!) { device(id: $id) { meterReadings(first: 2) { edges { node { values { meter value } } } } } }`,
    { id: toGlobalId('Device', demoIds.device(serial)) },
    { token },
  );
  return result.data!.device.meterReadings.edges[0]!.node.values;
}

describe('meter-reading corrections in the web client', () => {
  it('an agent corrects a reading with a reason; the customer sees it in the history', async () => {
    const values = await newestValues();
    const names: Record<string, string> = { TOTAL: 'Total', BLACK: 'Black', COLOUR: 'Colour' };

    const agent = await personIn(browser, baseURL, 'en-GB');
    await signIn(agent.page, 'agent@service.example', 'Password', 'Sign in');
    await agent.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await agent.page.goto(`/devices/${DEVICE}`);
    await agent.page.getByRole('heading', { level: 1, name: /NP1000002/ }).waitFor();
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
      .getByText(/corrected by Aksel Agent on/)
      .first()
      .waitFor();
    await screenshot(agent.page, 'reading-corrected-by-agent-en');
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();

    const anna = await personIn(browser, baseURL, 'da-DK');
    await signIn(anna.page, 'anna.admin@nordiskprint.example', 'Adgangskode', 'Log ind');
    await anna.page.getByRole('heading', { level: 1, name: 'Velkommen, Anna Andersen' }).waitFor();
    await anna.page.goto(`/devices/${DEVICE}`);
    await anna.page.getByRole('heading', { level: 1, name: /NP1000002/ }).waitFor();
    const history = anna.page.getByRole('region', { name: 'Tælleraflæsninger' });
    const line = history.getByText(/rettet af Aksel Agent den/).first();
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
      (await newestValues('NP1000006')).map((v) => [v.meter, v.value]),
    );
    const anna = await personIn(browser, baseURL, 'en-GB');
    await signIn(anna.page, 'anna.admin@nordiskprint.example', 'Password', 'Sign in');
    await anna.page.getByRole('heading', { level: 1, name: 'Welcome, Anna Andersen' }).waitFor();
    await anna.page.goto(`/devices/${toGlobalId('Device', demoIds.device('NP1000006'))}`);
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
    await signIn(agent.page, 'agent@service.example', 'Adgangskode', 'Log ind');
    await agent.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await agent.page.goto('/meter-readings');
    const list = agent.page.getByRole('table', { name: 'Bekræftede stigninger til kontrol' });
    const row = list.locator('tbody tr', { hasText: 'NP1000006' });
    await row.waitFor();
    await screenshot(agent.page, 'readings-to-review-da');
    await row.getByRole('button', { name: 'Markér som kontrolleret' }).click();
    await agent.page.getByText('Ingen bekræftede stigninger venter på kontrol.').waitFor();
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();
  });

  it('an agent enters a phone reading dated last week (source PHONE)', async () => {
    const values = await newestValues('NP1000003');
    const names: Record<string, string> = { TOTAL: 'Total', BLACK: 'Black', COLOUR: 'Colour' };
    const lastWeek = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
      new Date(Date.now() - 7 * 24 * 3600_000),
    );
    const agent = await personIn(browser, baseURL, 'en-GB');
    await signIn(agent.page, 'agent@service.example', 'Password', 'Sign in');
    await agent.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await agent.page.goto(`/devices/${toGlobalId('Device', demoIds.device('NP1000003'))}`);
    const form = agent.page.getByRole('form', { name: 'Submit a meter reading' });
    await form.getByLabel(/^Reading date/).fill(lastWeek);
    for (const { meter, value } of values)
      await form.getByLabel(new RegExp(`^${names[meter]} counter`)).fill(String(value + 50));
    await form.getByRole('button', { name: 'Submit reading' }).click();
    await form.getByText(/^The reading of .+ is accepted\.$/).waitFor();
    const token = await system.signIn('agent@service.example');
    const latest = await system.graphql<{
      device: { latestMeterReading: { readingDate: string; source: string } };
    }>(
      `query ($id: ID!) { device(id: $id) { latestMeterReading { readingDate source } } }`,
      { id: toGlobalId('Device', demoIds.device('NP1000003')) },
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
