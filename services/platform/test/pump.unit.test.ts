import pino from 'pino';
import { Pump } from '../src/events/pump';

/** A drain that records how many runs overlap and lets the test decide when each ends. */
function gatedDrain() {
  const gates: (() => void)[] = [];
  let active = 0;
  let most = 0;
  let runs = 0;
  const drain = async () => {
    runs++;
    most = Math.max(most, ++active);
    await new Promise<void>((resolve) => gates.push(resolve));
    active--;
  };
  return {
    drain,
    open: () => gates.shift()?.(),
    stats: () => ({ runs, most }),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

it('lets no wake start a second run while flush runs, and runs once more after it', async () => {
  const gated = gatedDrain();
  const pump = new Pump('test', gated.drain, 60_000, pino({ enabled: false }));
  pump.start(false);
  const flushed = pump.flush();
  await tick();
  pump.wake(); // e.g. the interval's timer, or an event written meanwhile
  await tick();
  expect(gated.stats()).toEqual({ runs: 1, most: 1 });
  gated.open();
  await flushed;
  await tick();
  // The wake was not lost: one more run, after flush's.
  expect(gated.stats()).toEqual({ runs: 2, most: 1 });
  gated.open();
  await pump.stop();
});

it('flush waits for a run already going, then runs its own', async () => {
  const gated = gatedDrain();
  const pump = new Pump('test', gated.drain, 60_000, pino({ enabled: false }));
  pump.start(true);
  await tick();
  const flushed = pump.flush();
  let done = false;
  void flushed.then(() => (done = true));
  gated.open();
  await tick();
  expect(done).toBe(false);
  expect(gated.stats()).toEqual({ runs: 2, most: 1 });
  gated.open();
  await flushed;
  await pump.stop();
});

it('wakes after a delay shorter than its interval, and not once stopped', async () => {
  let runs = 0;
  const pump = new Pump('test', async () => void runs++, 60_000, pino({ enabled: false }));
  pump.start(false);
  pump.wakeAfter(20);
  pump.wakeAfter(60_000); // the interval's own timer catches this one
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(runs).toBe(1);
  pump.wakeAfter(20);
  await pump.stop();
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(runs).toBe(1);
});
