// `--profile`: preloaded (NODE_OPTIONS=--import, where --cpu-prof is not allowed) into every
// process of the system; writes a .cpuprofile per process into BENCH_PROFILE_DIR on exit.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
process.on('exit', () => {
  // The in-thread session answers synchronously, so this works inside 'exit'.
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const file = path.join(
      process.env.BENCH_PROFILE_DIR,
      `${process.title}-${process.pid}.cpuprofile`,
    );
    writeFileSync(file, JSON.stringify(result.profile));
  });
});
