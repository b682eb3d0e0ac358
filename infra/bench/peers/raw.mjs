// Peer (d), the limit: a bare node:http server answering every POST with the bytes our gateway
// sent for the same request (BENCH_RAW_BODY, a file).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { config, runWorkers } from './common.mjs';

runWorkers(async () => {
  const bytes = readFileSync(process.env.BENCH_RAW_BODY);
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
      res.end(bytes);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(config.port, '127.0.0.1');
});
