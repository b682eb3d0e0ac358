// `node infra/bench/profile-summary.mjs <file.cpuprofile>`: where a process spent its CPU, by
// package (node_modules/<name>, or the project's own code) and by function (self time).
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const packages = new Map();
const functions = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const url = callFrame.url;
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.includes('/work/')
      ? 'project'
      : url.startsWith('node:')
        ? 'node'
        : callFrame.functionName || '(vm)');
  packages.set(pkg, (packages.get(pkg) ?? 0) + time);
  const name = `${callFrame.functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + time);
}
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`);
console.log(
  `${(total / 1e6).toFixed(1)} s sampled\nby package:\n${top(packages, 12).join('\n')}\nby function (self):\n${top(functions, 20).join('\n')}`,
);
