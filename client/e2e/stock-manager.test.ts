import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  newAddress,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { createIntegrationKey, report } from '@portal/testkit/toner';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21, the Stock Manager's whole job: an Administrator invites one with a stock location;
 * the Stock Manager (in Danish) edits the location, its minimum and target, and requests toner
 * by hand; the service agent approves and dispatches it with a tracking number; the Stock
 * Manager confirms a short delivery, undoes a mistyped one, and receives the rest.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite(
  { devMailboxDir: process.env.PORTAL_TEST_MAIL_DIR, mode: 'demo' },
  (suite) => ({ system, browser, baseURL } = suite),
);

/** A name no demo store has: the agent's shipment list holds every customer's. */
const HQ = 'Vesterbro HQ store';
const BLACK = 'C-EXV 58 Toner Black';
const STINE_PASSWORD = 'Toner på hylden 2026!';

/** The customer whose store Stine manages, with an e-Maintenance device that ordered yellow. */
let customer: TestCustomer;
let device: { id: string; serialNumber: string };
let agentUser: TestUser;
/** Stine's address: one no other file invites (the mail capture is shared). */
let stineMail: string;

// The demo world holds the device models and toner products; the rest is built here.
beforeAll(async () => {
  customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  agentUser = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agentUser.signIn();
  const hq = await createStockLocation(system, account, {
    name: HQ,
    agentToken,
    // Yellow at its minimum: the device's yellow alert orders it up to the target.
    levels: [
      { sku: 'C-EXV58-BK', quantity: 6, minimumLevel: 2, targetLevel: 6 },
      { sku: 'C-EXV58-Y', quantity: 2, minimumLevel: 2, targetLevel: 5 },
    ],
  });
  device = await createDevice(system, account, {
    agentToken,
    eMaintenance: true,
    stockLocationId: hq.id,
  });
  const key = await createIntegrationKey(
    system,
    await customer.administrator.signIn(),
    customer.accounts,
  );
  const alert = await report(system, key, {
    alertId: `yellow-${device.serialNumber}`,
    deviceId: device.id,
    colour: 'YELLOW',
    levelPercent: 5,
  });
  if (!alert.shipment) throw new Error(`no automatic order: ${JSON.stringify(alert)}`);
  stineMail = newAddress(customer, 'stine.stock');
});

async function signIn(page: Page, email: string, password: string, labels: 'en' | 'da') {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(labels === 'en' ? 'Password' : 'Adgangskode').fill(password);
  await page.getByRole('button', { name: labels === 'en' ? 'Sign in' : 'Log ind' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('a Stock Manager from invitation to a delivered manual toner order', () => {
  it('is invited with a stock location, orders toner by hand and receives it', async () => {
    // The Administrator invites Stine as Stock Manager of the HQ store.
    const anna = await personIn(browser, baseURL, 'en-GB');
    await signIn(anna.page, customer.administrator.email, TEST_PASSWORD, 'en');
    await anna.page.goto('/users');
    const invite = anna.page.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel(/^Name\b/).fill('Stine Stock');
    await invite.getByLabel(/^E-mail\b/).fill(stineMail);
    const { customerAccountNumber } = customer.accounts[0]!;
    await invite.getByLabel(`Stock Manager on ${customerAccountNumber}`).check();
    const locations = invite.getByRole('group', { name: 'Stock locations to manage' });
    await locations.getByLabel(`${HQ} · ${customerAccountNumber}`).check();
    await screenshot(anna.page, 'invite-stock-manager-en');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await anna.page.getByText(`The invitation is on its way to ${stineMail}.`).waitFor();
    await anna.page
      .getByRole('row', { name: /Stine Stock/ })
      .getByRole('button', { name: 'Manage Stine Stock' })
      .click();
    await anna.page.getByRole('region', { name: 'Stine Stock' }).getByText(HQ).waitFor();
    expect(anna.pageErrors).toEqual([]);
    await anna.context.close();

    const mail = await personIn(browser, baseURL, 'en-GB');
    await mail.page.goto('/mailbox');
    await mail.page
      .getByRole('button', {
        name: new RegExp(
          `You are invited to Canon Self-Service.*${stineMail.replace(/\./g, '\\.')}`,
        ),
      })
      .first()
      .click();
    await mail.page.getByRole('link', { name: 'Accept the invitation' }).click();
    await mail.page.getByLabel(/^New password/).fill(STINE_PASSWORD);
    await mail.page.getByLabel('Repeat the password').fill(STINE_PASSWORD);
    await mail.page.getByRole('button', { name: 'Save password and sign in' }).click();
    await mail.page.getByRole('heading', { level: 1, name: 'Welcome, Stine Stock' }).waitFor();
    await mail.context.close();

    // Stine, in Danish: the location's details, then minimum and target.
    const stine = await personIn(browser, baseURL, 'da-DK');
    await signIn(stine.page, stineMail, STINE_PASSWORD, 'da');
    await stine.page.goto('/stock');
    const hq = stine.page.getByRole('region', { name: HQ });
    await hq.waitFor();
    // The automatic order is worded in Danish from its codes.
    await hq
      .getByText(new RegExp(`^Lav toner på ${device.serialNumber} \\(gul på 5 %\\)`))
      .waitFor();
    await hq.getByRole('button', { name: 'Ret lagersted' }).click();
    const edit = hq.getByRole('form', { name: `Ret ${HQ}` });
    await edit.getByLabel(/^Leveringsanvisning/).fill('Varemodtagelsen, port 5 (hverdage 8-14).');
    await edit.getByRole('button', { name: 'Gem lagersted' }).click();
    await hq.getByText('Lagerstedet er gemt.').waitFor();
    await hq.getByText(/Varemodtagelsen, port 5/).waitFor();

    await hq.getByRole('button', { name: 'Ret minimum og mål' }).click();
    const levels = hq.getByRole('form', { name: `Minimum og mål for ${HQ}` });
    await levels.getByLabel(`Minimum: ${BLACK}`).fill('4');
    await levels.getByLabel(`Mål: ${BLACK}`).fill('3');
    await levels.getByRole('button', { name: 'Gem minimum og mål' }).click();
    // Refused at the field before anything is sent.
    await levels.getByText('Målet skal være mindst minimum.').waitFor();
    await levels.getByLabel(`Mål: ${BLACK}`).fill('9');
    await levels.getByRole('button', { name: 'Gem minimum og mål' }).click();
    await hq.getByText('Minimum og mål er gemt.').waitFor();
    const black = hq
      .getByRole('table', { name: `Tonerbeholdning på ${HQ}` })
      .getByRole('row', { name: new RegExp(BLACK) });
    expect((await black.locator('td').allInnerTexts()).slice(2, 4)).toEqual(['4', '9']);

    // A manual order for the printers without e-Maintenance.
    await hq.getByRole('button', { name: 'Bestil toner' }).click();
    const request = hq.getByRole('form', { name: `Bestil toner til ${HQ}` });
    await request.getByRole('button', { name: 'Send bestilling' }).click();
    await request.getByText('Skriv et helt tal på 1 eller mere.').waitFor();
    await request.getByLabel('Toner', { exact: true }).selectOption('C-EXV58-BK');
    await request.getByLabel(/^Antal/).fill('7');
    await request.getByLabel(/^Besked til servicecentret/).fill('Til printerne i kælderen');
    await request.getByRole('button', { name: 'Send bestilling' }).click();
    await hq.getByText(`Din bestilling af 7 × ${BLACK} er sendt.`, { exact: false }).waitFor();
    const shipments = hq.getByRole('table', { name: `Forsendelser til ${HQ}` });
    const ordered = shipments.getByRole('row', { name: /Til printerne i kælderen/ });
    await ordered.getByText('Afventer godkendelse').waitFor();
    await ordered.getByText('Bestilt manuelt: “Til printerne i kælderen”').waitFor();
    await screenshot(stine.page, 'stock-manager-requested-da');

    // The service agent approves and dispatches it with the carrier's tracking number.
    const agent = await personIn(browser, baseURL, 'en-GB');
    await signIn(agent.page, agentUser.email, TEST_PASSWORD, 'en');
    await agent.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Toner shipments' })
      .click();
    await agent.page.getByRole('button', { name: `Approve 7 × ${BLACK} for ${HQ}` }).click();
    await agent.page.getByText(`7 × ${BLACK} approved: dispatch it below.`).waitFor();
    const dispatch = agent.page.getByRole('form', { name: `Dispatch 7 × ${BLACK} to ${HQ}` });
    await dispatch.getByRole('button', { name: 'Dispatch' }).click();
    await dispatch.getByText('Enter the tracking number.').waitFor();
    await dispatch.getByLabel(/^Tracking number/).fill('00370726200012345');
    await screenshot(agent.page, 'agent-shipments-en');
    await dispatch.getByRole('button', { name: 'Dispatch' }).click();
    await agent.page.getByText(`7 × ${BLACK} is dispatched.`).waitFor();
    expect(agent.pageErrors).toEqual([]);
    await agent.context.close();

    // Stine receives 4 of 7, mistypes the next delivery as 3 of the 3 outstanding and undoes it.
    await stine.page.reload();
    const onItsWay = shipments.getByRole('row', { name: /Til printerne i kælderen/ });
    await onItsWay.getByText('PostNord 00370726200012345').waitFor();
    await onItsWay.getByLabel(`Modtaget antal af ${BLACK}`).fill('8');
    await onItsWay.getByRole('button', { name: /^Bekræft levering/ }).click();
    await onItsWay.getByText('Kun 7 mangler at blive leveret.').waitFor();
    await onItsWay.getByLabel(`Modtaget antal af ${BLACK}`).fill('4');
    await onItsWay.getByRole('button', { name: /^Bekræft levering/ }).click();
    await hq.getByText(`4 × ${BLACK} er lagt på lager; 3 mangler stadig.`).waitFor();
    await onItsWay.getByText('4 af 7 modtaget').waitFor();
    await onItsWay.getByText('Undervejs').waitFor();
    await onItsWay.getByRole('button', { name: /^Bekræft levering/ }).click();
    await hq.getByText(`Levering af 3 × ${BLACK}`, { exact: false }).waitFor();
    await onItsWay.getByText('Leveret').waitFor();
    await onItsWay
      .getByRole('button', { name: `Fortryd den seneste levering af ${BLACK}` })
      .click();
    await hq.getByText(`Leveringen af 3 × ${BLACK} er fortrudt`, { exact: false }).waitFor();
    await onItsWay.getByText('3 mangler', { exact: false }).waitFor();
    await screenshot(stine.page, 'stock-manager-short-delivery-da');
    await onItsWay.getByRole('button', { name: /^Bekræft levering/ }).click();
    await onItsWay.getByText('Leveret').waitFor();
    // 6 counted in + 7 received.
    expect((await black.locator('td').allInnerTexts())[0]).toBe('13');
    await screenshot(stine.page, 'stock-manager-delivered-da');
    expect(stine.pageErrors).toEqual([]);
    await stine.context.close();
  });
});
