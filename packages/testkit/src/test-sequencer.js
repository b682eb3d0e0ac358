// @ts-check
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Jest starts the files that took longest last time first, and files it has no time for by
 * size. A fresh clone (CI) has no times, and by size a short file of long browser journeys
 * (the visual check: 5 KB, 100 s) starts last and holds the run's end. A file without a time
 * is given a guess by its project instead: a browser file runs for tens of seconds, an
 * integration file for several, a unit file for about one.
 */
class PortalSequencer extends Sequencer {
  /** @param {import('@jest/test-result').Test} test */
  time(test) {
    const known = super.time(test);
    if (known != null) return known;
    const project = test.context.config.displayName?.name;
    const size = test.context.hasteFS.getSize(test.path) ?? 0;
    const guess = project === 'browser' ? 30_000 : project === 'integration' ? 8_000 : 1_000;
    return guess + size / 10;
  }
}

module.exports = PortalSequencer;
