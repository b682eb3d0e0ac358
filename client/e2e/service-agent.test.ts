import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  MONO_A4_MODEL,
  newAddress,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { phoneInReadings } from '@portal/testkit/meter-readings';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21, the service agent's phone work in Danish: a customer's mistyped e-mail found and
 * corrected (the new address gets the mail), a meter reading phoned in for last week, and a
 * device the customer asked to remove decommissioned. (Reading corrections the customer then
 * sees: reading-corrections.test.ts.) And the back office: the vendor's billing system, through
 * the service account an agent set up for it, records an invoice that the customer's
 * Administrator then finds under Fakturaer.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

// The demo world holds the device model catalogue; everything the tests look at is built here.
browserSuite(
  { devMailboxDir: process.env.PORTAL_TEST_MAIL_DIR, mode: 'demo' },
  (suite) => ({ system, browser, baseURL } = suite),
);

/** The customer on the phone: its users are on its own domain, which the typo misspells. */
let customer: TestCustomer;
/** The agent in the browser. */
let aksel: TestUser;
/** The device the customer gives back, and the one whose reading is phoned in. */
let removed: { id: string; serialNumber: string };
let phoned: { id: string; serialNumber: string };
/** Kasper's address, and as it was mistyped (the domain misspelt); unique in the shared capture. */
let right: string;
let typo: string;
const DOMAIN = 'nordkopi.example';
const MISSPELT = 'nordkpi';

beforeAll(async () => {
  customer = await createCustomer(system, { domain: DOMAIN });
  aksel = await createStaffUser(system, 'SERVICE_AGENT', 'Aksel Agent');
  const agentToken = await aksel.signIn();
  const account = customer.accounts[0]!;
  removed = await createDevice(system, account, { agentToken });
  // A mono A4 with a reading before last week and one after it, as the demo device had.
  phoned = await createDevice(system, account, {
    agentToken,
    modelId: MONO_A4_MODEL,
    billedMeters: ['TOTAL', 'BLACK'],
  });
  await phoneInReadings(system, agentToken, phoned.id, [
    { daysAgo: 37, values: { TOTAL: 60_000, BLACK: 60_000 } },
    { daysAgo: 2, values: { TOTAL: 63_000, BLACK: 63_000 } },
  ]);
  right = newAddress(customer, 'kasper.kunde');
  typo = right.replace(`@${DOMAIN}`, `@${MISSPELT}.example`);
});

const NAMES: Record<string, string> = {
  TOTAL: 'Total',
  BLACK: 'Sort',
  COLOUR: 'Farve',
  LARGE_FORMAT: 'Storformat',
  SCAN: 'Scanning',
};

async function asAdministrator<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const token = await customer.administrator.signIn();
  const result = await system.graphql<Record<string, T>>(query, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data!)[0]!;
}

/** A day in Copenhagen, `days` before today, as yyyy-mm-dd. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Europe/Copenhagen',
  });
}

/** Counter values for `day` that fit between the device's readings before and after it. */
async function valuesFor(deviceId: string, day: string): Promise<Record<string, number>> {
  const readings = await asAdministrator<{
    meterReadings: {
      edges: { node: { readingDate: string; values: { meter: string; value: number }[] } }[];
    };
  }>(
    `query ($id: ID!) { device(id: $id) { meterReadings(first: 10) { edges { node { readingDate values { meter value } } } } } }`,
    { id: deviceId },
  );
  const nodes = readings.meterReadings.edges.map((e) => e.node);
  const before = nodes
    .filter((n) => n.readingDate < day)
    .sort((a, b) => (a.readingDate < b.readingDate ? 1 : -1))[0]!;
  const after = nodes
    .filter((n) => n.readingDate > day)
    .sort((a, b) => (a.readingDate < b.readingDate ? -1 : 1))[0];
  return Object.fromEntries(
    before.values.map(({ meter, value }) => {
      const next = after?.values.find((v) => v.meter === meter)?.value;
      return [meter, next === undefined ? value + 40 : Math.floor((value + next) / 2)];
    }),
  );
}

async function signIn(page: Page, email = aksel.email) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('the service agent on the phone, in the web client', () => {
  it('corrects an e-mail, takes a reading for last week and decommissions a device', async () => {
    const account = customer.accounts[0]!.id;
    await asAdministrator(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
      {
        input: {
          email: typo,
          name: 'Kasper Kunde',
          grants: [{ role: 'SELF_SERVICE_USER', accountId: account }],
        },
      },
    );
    await asAdministrator(
      `mutation ($id: ID!) { requestDeviceRemoval(deviceId: $id, reason: "Returneret ved leasingens udløb") { userErrors { code } } }`,
      { id: removed.id },
    );

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await signIn(page);
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });

    // "My e-mail was typed wrong": found by the company's misspelt domain, corrected.
    await nav.getByRole('link', { name: 'Kundernes brugere' }).click();
    await page.getByLabel(/^Navn, e-mail, firma eller kontonummer/).fill(MISSPELT);
    await page.getByRole('button', { name: 'Søg' }).click();
    const row = page.getByRole('row', { name: /Kasper Kunde/ });
    await row.getByText(typo).waitFor();
    await row.getByRole('button', { name: 'Ret e-mailen for Kasper Kunde' }).click();
    const form = row.getByRole('form', { name: 'Ret e-mailen for Kasper Kunde' });
    await form.getByLabel(/^Korrekt e-mailadresse/).fill('kasper.kunde');
    await form.getByRole('button', { name: 'Gem og send bekræftelse' }).click();
    await form.getByText('Skriv en e-mailadresse som navn@firma.dk.').waitFor();
    await form.getByLabel(/^Korrekt e-mailadresse/).fill(right);
    await form.getByRole('button', { name: 'Gem og send bekræftelse' }).click();
    await page.getByText(`E-mailen for Kasper Kunde er nu ${right}.`, { exact: false }).waitFor();
    await row.getByText(right).waitFor();
    await screenshot(page, 'agent-customer-users-da');

    // The invitation went to the corrected address.
    const mailbox = await personIn(browser, baseURL, 'da-DK');
    await mailbox.page.goto(`/mailbox?to=${encodeURIComponent(right)}`);
    await mailbox.page
      .getByRole('button', { name: new RegExp(right.replace(/\./g, '\\.')) })
      .first()
      .waitFor();
    await mailbox.context.close();

    // A reading phoned in for last week, dated that day.
    const device = phoned.id;
    const day = daysAgo(7);
    const values = await valuesFor(device, day);
    await page.goto(`/devices/${device}`);
    const reading = page.getByRole('form', { name: 'Indsend en tælleraflæsning' });
    await reading.getByLabel(/^Aflæsningsdato/).fill(day);
    for (const [meter, value] of Object.entries(values))
      await reading.getByLabel(new RegExp(`^Tæller: ${NAMES[meter]}`)).fill(String(value));
    await reading.getByRole('button', { name: 'Indsend aflæsning' }).click();
    await reading.getByText(/^Aflæsningen fra .+ er godkendt\.$/).waitFor();
    const stored = await asAdministrator<{
      latestMeterReading: unknown;
      meterReadings: { edges: { node: { readingDate: string; source: string } }[] };
    }>(
      `query ($id: ID!) { device(id: $id) { latestMeterReading { readingDate } meterReadings(first: 10) { edges { node { readingDate source } } } } }`,
      { id: device },
    );
    expect(stored.meterReadings.edges.map((e) => e.node)).toContainEqual({
      readingDate: day,
      source: 'PHONE',
    });

    // The customer gave the device back: decommissioned from the removal queue.
    await nav.getByRole('link', { name: 'Anmodet fjernelse' }).click();
    const card = page.getByRole('form', { name: `Udfas ${removed.serialNumber}` });
    await page.getByText('Returneret ved leasingens udløb').waitFor();
    await screenshot(page, 'agent-removal-requests-da');
    await card.getByRole('button', { name: 'Udfas' }).click();
    await page.getByText(new RegExp(`^${removed.serialNumber} er udfaset`)).waitFor();
    await page.getByText('Ingen anmodninger om fjernelse venter.').waitFor();
    const gone = await asAdministrator<{ status: string } | null>(
      `query ($id: ID!) { device(id: $id) { status } }`,
      { id: removed.id },
    );
    // Customers no longer see a decommissioned device.
    expect(gone).toBeNull();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('writes a help article with a Markdown preview, revises it, and a customer reads it', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await signIn(page);
    await page.goto('/knowledge');
    await page.getByRole('link', { name: 'Skriv en artikel' }).click();
    const form = page.getByRole('form', { name: 'Hjælpeartikel' });
    await form.getByLabel(/^Titel/).fill('Skift af tromlen på C5840i');
    await form.getByLabel(/^Adresse \(slug\)/).fill('skift-tromle-c5840i');
    await form.getByLabel(/^Fejlkoder/).fill('E020-0101');
    await form
      .getByLabel(/^Tekst \(Markdown\)/)
      .fill('# Før du starter\n\nSluk printeren og **vent 10 minutter**.\n\n- Åbn frontlågen');
    const preview = form.getByRole('region', { name: 'Forhåndsvisning' });
    await preview.getByRole('heading', { name: 'Før du starter' }).waitFor();
    await preview.locator('strong', { hasText: 'vent 10 minutter' }).waitFor();
    await screenshot(page, 'agent-article-editor-da');
    await form.getByRole('button', { name: 'Udgiv' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skift af tromlen på C5840i' }).waitFor();

    await page.getByRole('link', { name: 'Ret denne artikel' }).click();
    const revise = page.getByRole('form', { name: 'Hjælpeartikel' });
    await revise
      .getByLabel(/^Tekst \(Markdown\)/)
      .fill('# Før du starter\n\nSluk printeren og **vent 15 minutter**.');
    await revise.getByRole('button', { name: 'Gem revision' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/edit'));
    await page.locator('.article-body strong', { hasText: 'vent 15 minutter' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();

    const alma = await personIn(browser, baseURL, 'da-DK');
    await signIn(alma.page, customer.administrator.email);
    await alma.page.goto('/knowledge?q=tromlen');
    await alma.page.getByRole('link', { name: 'Skift af tromlen på C5840i' }).click();
    await alma.page.locator('.article-body strong', { hasText: 'vent 15 minutter' }).waitFor();
    // Customers read, never write.
    expect(await alma.page.getByRole('link', { name: 'Ret denne artikel' }).count()).toBe(0);
    expect(alma.pageErrors).toEqual([]);
    await alma.context.close();
  });

  it("records an invoice through a service account, and the customer's Administrator sees it", async () => {
    const agentToken = await aksel.signIn();
    const billed = await createCustomer(system, { name: 'Faktura Kopi ApS' });
    const device = await createDevice(system, billed.accounts[0]!, { agentToken });

    // The agent sets up the billing system's service account; its secret is shown once.
    const agent = await personIn(browser, baseURL, 'da-DK');
    await signIn(agent.page);
    await agent.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Kundekonti' })
      .click();
    const form = agent.page.getByRole('form', { name: 'Opret tjenestekonto' });
    await form.getByLabel(/^Navn/).fill('Fakturering (e2e)');
    await form.getByRole('button', { name: 'Opret tjenestekonto' }).click();
    await form.getByText('Vælg mindst én rettighed.').waitFor();
    await form.getByRole('checkbox', { name: /^Fakturering:/ }).check();
    await form.getByRole('button', { name: 'Opret tjenestekonto' }).click();
    await agent.page.getByText(/^Hemmeligheden for "Fakturering \(e2e\)"/).waitFor();
    const billing = (await agent.page.locator('.secret code').textContent())!;
    expect(billing).toMatch(/^sa_/);
    await agent.page.getByRole('button', { name: 'Jeg har gemt den' }).click();
    await agent.page.getByRole('row', { name: /Fakturering \(e2e\)/ }).waitFor();
    await screenshot(agent.page, 'agent-service-accounts-da');
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();
    const recorded = await system.graphql<{ recordInvoice: { userErrors: unknown[] } }>(
      `mutation ($i: RecordInvoiceInput!) { recordInvoice(input: $i) { userErrors { code field } } }`,
      {
        i: {
          accountId: billed.accounts[0]!.id,
          invoiceNumber: 'F-2026-1101',
          invoiceDate: '2026-11-05',
          dueDate: '2099-12-05',
          currency: 'DKK',
          lines: [
            {
              description: 'Sider, oktober',
              deviceId: device.id,
              meter: 'TOTAL',
              periodStart: '2026-10-01',
              periodEnd: '2026-10-31',
              quantity: 4200,
              amount: '1250.50',
            },
          ],
        },
      },
      { token: billing },
    );
    expect(recorded.data!.recordInvoice.userErrors).toEqual([]);

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(billed.administrator.email);
    await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Fakturaer' })
      .click();
    await page.getByText(/^Åben saldo:/).waitFor();
    const row = page.getByRole('row', { name: /F-2026-1101/ });
    await row.getByText('Åben', { exact: true }).waitFor();
    expect(
      await page
        .getByText(/^Åben saldo:/)
        .locator('..')
        .textContent(),
    ).toMatch(/1\.250,50/);
    await row.getByRole('button', { name: 'Vis linjerne på faktura F-2026-1101' }).click();
    const lines = page.getByRole('table', { name: 'Linjer på faktura F-2026-1101' });
    await lines
      .getByRole('row', { name: new RegExp(`Sider, oktober.*${device.serialNumber}.*Total`) })
      .waitFor();
    await screenshot(page, 'administrator-invoices-da');
    // Credit status stays the service centre's: nothing of it on the customer's page.
    expect(await page.getByText(/kreditstatus/i).count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await page
      .getByRole('row', { name: /F-2026-1101/ })
      .getByText('Open', { exact: true })
      .waitFor();
    await screenshot(page, 'administrator-invoices-en');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
