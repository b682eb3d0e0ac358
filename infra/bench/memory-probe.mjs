// `--memory`: preloaded (NODE_OPTIONS=--import) into every process of the system. In the
// gateway's processes it samples memory each second into BENCH_PROFILE_DIR/memory-<pid>.jsonl
// (RSS, V8's heap and its spaces, memory outside the heap), and writes a heap snapshot there on
// SIGUSR2: what the gateway holds, before and after a change.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

const dir = process.env.BENCH_PROFILE_DIR;
const mb = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
// The title is set once the gateway's main module ran, after this preload.
const isGateway = () => process.title.startsWith('portal-gateway');

setInterval(() => {
  if (!isGateway()) return;
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)]),
  );
  const line = JSON.stringify({
    at: Date.now(),
    rss: mb(usage.rss),
    heapTotal: mb(usage.heapTotal),
    heapUsed: mb(usage.heapUsed),
    external: mb(usage.external),
    arrayBuffers: mb(usage.arrayBuffers),
    spaces,
  });
  try {
    appendFileSync(path.join(dir, `memory-${process.pid}.jsonl`), `${line}\n`);
  } catch {
    // The bench makes the folder once the system is up.
  }
}, 1000).unref();

process.on('SIGUSR2', () => {
  if (!isGateway()) return;
  v8.writeHeapSnapshot(path.join(dir, `gateway-${process.pid}-${Date.now()}.heapsnapshot`));
});
