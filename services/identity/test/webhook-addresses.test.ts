// The rules production runs under: only public addresses, only https.
process.env.PORTAL_MODE = 'production';

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  addressPolicy,
  checkEndpointUrl,
  isPublicAddress,
  type AddressPolicy,
  type Resolver,
} from '../src/webhooks/address-guard';
import { postMessage } from '../src/webhooks/sender';

const PUBLIC = '93.184.215.14';
const answering =
  (...answers: string[][]): Resolver =>
  async () => {
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return next.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
const production = (resolve: Resolver): AddressPolicy => ({ ...addressPolicy(), resolve });

async function refusal(url: string, policy: AddressPolicy): Promise<string | null> {
  try {
    await checkEndpointUrl(url, policy);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

it('judges loopback, private, link-local, metadata and reserved addresses not public', () => {
  for (const address of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.9',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata (link-local)
    '100.100.100.200', // Alibaba's metadata (carrier-grade NAT)
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254', // AWS metadata over IPv6 (unique local)
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not an address',
  ])
    expect([address, isPublicAddress(address)]).toEqual([address, false]);
  for (const address of [PUBLIC, '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:93.184.215.14'])
    expect([address, isPublicAddress(address)]).toEqual([address, true]);
});

it('refuses private endpoints and plain http in production mode', async () => {
  const policy = addressPolicy();
  expect(policy).toMatchObject({ allowPrivateAddresses: false, requireHttps: true });
  expect(await refusal('http://hooks.partner.example/in', production(answering([PUBLIC])))).toBe(
    'HTTPS_REQUIRED',
  );
  for (const url of [
    'https://127.0.0.1/hooks',
    'https://10.0.0.8/hooks',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::1]/hooks',
    'https://[::ffff:127.0.0.1]/hooks',
    'https://localhost/hooks',
  ])
    expect([url, await refusal(url, policy)]).toEqual([url, 'ADDRESS_NOT_ALLOWED']);
  // A name with one public and one private address is refused too.
  expect(
    await refusal('https://hooks.partner.example/in', production(answering([PUBLIC, '10.0.0.8']))),
  ).toBe('ADDRESS_NOT_ALLOWED');
  expect(await refusal('https://hooks.partner.example/in', production(answering([PUBLIC])))).toBe(
    null,
  );
});

describe('at delivery time', () => {
  let server: Server;
  let port: number;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('connects to the address it checked, whatever the system resolver says', async () => {
    // `.invalid` never resolves (RFC 6761): reaching the server proves the checked answer is used.
    const loose = { ...production(answering(['127.0.0.1'])), allowPrivateAddresses: true };
    const outcome = await postMessage(`http://partner.invalid:${port}/in`, {}, '{}', loose, 2000);
    expect(outcome).toMatchObject({ statusCode: 200, responseExcerpt: 'ok', error: null });
    expect(requests).toBe(1);
  });

  it('refuses a name that resolves to loopback now though it was public at registration', async () => {
    const rebinding = production(answering([PUBLIC], ['127.0.0.1']));
    const url = `https://rebind.partner.example:${port}/in`;
    expect(await refusal(url, rebinding)).toBe(null);
    const outcome = await postMessage(url, {}, '{}', rebinding, 2000);
    expect(outcome.statusCode).toBeNull();
    expect(outcome.error).toMatch(/private, loopback or link-local/);
    expect(requests).toBe(1);
  });
});
