import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Node 24 LTS everywhere: the `node` development dependency puts its binary first on the PATH of
// every npm script (npm test, npm start, turbo's tasks), whatever Node the machine has.

const ROOT = path.resolve(__dirname, '..', '..');
const major = (version: string) => Number(/^v?(\d+)\./.exec(version)![1]);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const wanted = Number(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim());

it('.nvmrc, engines and the node development dependency name the same LTS major', () => {
  expect(wanted).toBe(24);
  expect(pkg.engines.node).toBe(`>=${wanted}`);
  expect(major(pkg.devDependencies.node)).toBe(wanted);
});

it('the tests run on that Node, and so do the processes they spawn', () => {
  expect(major(process.version)).toBe(wanted);
  const child = spawnSync(process.execPath, ['--version'], { encoding: 'utf8' });
  expect(major(child.stdout)).toBe(wanted);
  // A script's `node` (what npm start and the launcher's children run) is the same binary.
  const shell = spawnSync('node', ['--version'], { encoding: 'utf8', env: process.env });
  expect(shell.stdout.trim()).toBe(process.version);
});
