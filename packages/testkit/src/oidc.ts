import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';

/** A client registered at the test provider (oidc-provider's client metadata). */
export interface ProviderClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface TestProvider {
  issuer: string;
  /** What the provider says of a subject: its e-mail (verified unless told) and name. */
  account(
    subject: string,
    claims: { email: string; name?: string; emailVerified?: boolean },
  ): Promise<void>;
  /** The next id token it hands out carries another audience, or expired an hour ago. */
  tamperNextToken(tamper: { aud: string } | { expired: true }): Promise<void>;
  stop(): Promise<void>;
}

/** Starts oidc-provider on loopback in a process of its own (oidc-provider.mjs). */
export async function startTestProvider(clients: ProviderClient[]): Promise<TestProvider> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(__dirname, 'oidc-provider.mjs'), JSON.stringify({ clients })],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Its own errors show; its warnings about development-only features (which it is) do not.
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!line.startsWith('oidc-provider WARNING')) process.stderr.write(`${line}\n`);
  });
  const lines: Interface = createInterface({ input: child.stdout! });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`test OpenID provider exited (${code})`)));
    });
  const { issuer } = JSON.parse(await next()) as { issuer: string };
  const send = async (command: object) => {
    const answer = next();
    child.stdin!.write(`${JSON.stringify(command)}\n`);
    await answer;
  };
  return {
    issuer,
    account: (subject, claims) => send({ account: subject, ...claims }),
    tamperNextToken: (tamper) => send({ tamper }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

/**
 * Signs in at the provider as a browser would: follows the authorisation URL's redirects, fills
 * the provider's login form (`login` is the subject; any password) and its consent form, and
 * answers the URL the provider finally sends the browser back to (code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri')!;
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(`${redirectUri}?`)) return url;
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const page = await response.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(page);
    const prompt = /name="prompt" value="([^"]+)"/.exec(form?.[2] ?? '')?.[1];
    if (!form || !prompt)
      throw new Error(`the provider answered ${response.status}: ${page.slice(0, 300)}`);
    url = new URL(form[1]!.replace(/&amp;/g, '&'), url).href;
    body = new URLSearchParams(
      prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt },
    );
  }
  throw new Error('the provider did not send the browser back');
}
