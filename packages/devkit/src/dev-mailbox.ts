import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface DevMailbox {
  port: number;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps every mail it receives as an .eml file: the demo's
 * mailbox (so a new user can finish registration without a mail server) and the tests' capture.
 */
export async function startDevMailbox(dir: string, port = 0): Promise<DevMailbox> {
  mkdirSync(dir, { recursive: true });
  // Loaded on use: smtp-server pulls in an ES module that Jest's workers cannot load.
  const { SMTPServer } = await import('smtp-server');
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const name = `${Date.now()}-${String(++count).padStart(4, '0')}-${to.replace(/[^a-z0-9@._-]/gi, '_')}.eml`;
        // Written under another name, then renamed: a reader polling the folder (the tests'
        // waitForMail, /dev/mailbox) never finds a mail half written.
        const partial = path.join(dir, `.${name}.partial`);
        writeFileSync(partial, Buffer.concat(chunks));
        renameSync(partial, path.join(dir, name));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
