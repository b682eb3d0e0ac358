// The live screens' budget (issue #25): one change delivered to 200 open /events streams of
// the gateway (server-sent events, as the web client's EventSource holds them) in under 2 s.
// Used by `npm run bench` (liveUpdateMs).

/**
 * Opens one /events stream as `token` and records when each change note arrived
 * (performance.now(), by global id). Resolves once the gateway answered 200.
 */
async function openStream(eventsUrl, token) {
  const aborted = new AbortController();
  const response = await fetch(eventsUrl, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: aborted.signal,
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new Error(`/events answered ${response.status}`);
  }
  /** @type {Map<string, number>} first arrival of each id */
  const heard = new Map();
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data && /^event: change$/m.test(block)) {
            const { id } = JSON.parse(data);
            if (!heard.has(id)) heard.set(id, performance.now());
          }
        }
      }
    } catch {
      // closed by close() below
    }
  })();
  return {
    heard,
    close: async () => {
      aborted.abort();
      await reading;
    },
  };
}

/**
 * Opens `tokens.length` streams, then `rounds` times (after one more to warm up) calls `change()` (which makes one change and
 * answers the global id the streams will be told of) and waits until every stream heard of it.
 * Answers, per round, the ms from the start of `change()` until the last stream heard (and the
 * median stream), and how many streams missed a change within `timeoutMs`.
 * @param {{ eventsUrl: string, tokens: string[], change: () => Promise<string>, rounds?: number, timeoutMs?: number }} options
 */
export async function liveUpdates({ eventsUrl, tokens, change, rounds = 5, timeoutMs = 10_000 }) {
  const streams = await Promise.all(tokens.map((token) => openStream(eventsUrl, token)));
  const results = [];
  try {
    // One change first, not counted: a warm-up, as the other scenarios have (a first run took
    // 6 s where the next ones took 1).
    for (let round = -1; round < rounds; round++) {
      const started = performance.now();
      const id = await change();
      const deadline = Date.now() + timeoutMs;
      while (streams.some((s) => !s.heard.has(id)) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const delays = streams
        .filter((s) => s.heard.has(id))
        .map((s) => s.heard.get(id) - started)
        .sort((a, b) => a - b);
      if (round >= 0)
        results.push({
          lastMs: delays.length === streams.length ? Math.round(delays.at(-1)) : null,
          medianMs: delays.length ? Math.round(delays[delays.length >> 1]) : null,
          missed: streams.length - delays.length,
        });
    }
  } finally {
    await Promise.all(streams.map((s) => s.close()));
  }
  return results;
}
