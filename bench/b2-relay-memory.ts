import { defineConsoleFigure } from "./lib/figure";
import { bytesRead, RssSampler, rssBytes } from "./lib/proc";
import { measure } from "./lib/results";
import { startRelayProcess } from "./lib/relay-process";
import { readSse } from "./lib/sse-client";

// B2: how much the console's Next server grows while it relays B1's stream to a client that reads
// at 1 MB/s — a relay that does not pass backpressure upstream would hold the difference in memory.

const READER_BYTES_PER_S = 1_000_000;
const SETTLE_MS = 2_000;
const LEAD_SAMPLE_MS = 50;
const MB = 1_000_000;

interface RelayedRead {
  growthMb: number;
  leadMb: number;
  bytes: number;
  events: number;
  complete: boolean;
  bytesPerS: number;
}

/**
 * Reads `url` at 1 MB/s while sampling the relay process `pid`: its RSS (peak − before) and how far
 * its reads from upstream ran ahead of what the client had received (`rchar` of /proc/<pid>/io minus
 * the client's bytes) — a relay that buffers lets that lead grow towards the stream's size.
 */
async function readThrough(
  pid: number,
  url: string,
  headers: Record<string, string>,
  timeLimitMs: number,
  stopAfterMs?: number,
): Promise<RelayedRead> {
  const before = rssBytes(pid);
  if (before === null) throw new Error(`relay process ${pid} is gone`);
  const sampler = new RssSampler(pid).start();
  const readBefore = bytesRead(pid) ?? 0;
  let received = 0;
  let maxLead = 0;
  const leadTimer = setInterval(() => {
    maxLead = Math.max(maxLead, (bytesRead(pid) ?? 0) - readBefore - received);
  }, LEAD_SAMPLE_MS);
  try {
    const read = await readSse(url, {
      headers,
      bytesPerSecond: READER_BYTES_PER_S,
      timeLimitMs,
      stopAfterMs,
      onChunk: (chunk) => (received += chunk.length),
    });
    if (read.status !== 200) throw new Error(`relayed stream ${url} answered ${read.status}`);
    return {
      growthMb: (sampler.stop() - before) / MB,
      leadMb: maxLead / MB,
      bytes: read.bytes,
      events: read.events,
      complete: read.complete,
      bytesPerS: read.bytes / (read.elapsedMs / 1_000),
    };
  } finally {
    clearInterval(leadTimer);
    sampler.stop();
  }
}

export const figure = defineConsoleFigure("B2", {
  what: "peak RSS growth of the Next server relaying the runs stream to a 1 MB/s reader",
  quick: { runs: 10_000, runsOfMeasure: 1, baselineReadMs: 10_000, timeLimitMs: 120_000 },
  full: { runs: 100_000, runsOfMeasure: 2, baselineReadMs: 30_000, timeLimitMs: 1_200_000 },
  run: async (ctx, { runs, runsOfMeasure, baselineReadMs }, server) => {
    const groupId = await ctx.finishedGroup(runs);
    // At most twice the time the stream needs at 1 MB/s (events are about 1.5 kB).
    const timeLimitMs = Math.max(60_000, ((runs * 3_000) / READER_BYTES_PER_S) * 1_000);
    const url = `${server.url}/api/parallel/v1beta/tasks/groups/${groupId}/runs?include_input=true&include_output=true`;
    // One unthrottled read first: the route's code and the heap's working size are then in place,
    // so the figure is what a slow reader adds, whatever ran before (in a full run, B1 did).
    await readSse(url, { headers: server.credentials.apiHeaders, timeLimitMs });
    const gateway: RelayedRead[] = [];
    for (let run = 0; run < runsOfMeasure; run++) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const read = await readThrough(server.nextPid, url, server.credentials.apiHeaders, timeLimitMs);
      if (read.events !== runs) throw new Error(`relayed stream: ${read.events} events, expected ${runs}`);
      gateway.push(read);
      ctx.log(
        `B2 run ${run + 1}: RSS +${read.growthMb.toFixed(1)} MB, upstream read ahead of the client by at most ${read.leadMb.toFixed(1)} MB`,
      );
    }

    // The SDK baseline relay of B1 under the same reader (after its own unthrottled read), for a
    // bounded time: it does not wait for its client, so what it reads ahead stays in its memory.
    const relay = await startRelayProcess("sdk", server.emulator.url, server.emulator.apiKey);
    let baseline: RelayedRead;
    try {
      await readSse(`${relay.url}/groups/${groupId}/runs`, { timeLimitMs });
      baseline = await readThrough(relay.serverPid(), `${relay.url}/groups/${groupId}/runs`, {}, baselineReadMs * 2, baselineReadMs);
      ctx.log(
        `B2 SDK baseline, first ${baselineReadMs / 1000} s: RSS +${baseline.growthMb.toFixed(1)} MB, read ahead by ${baseline.leadMb.toFixed(1)} MB`,
      );
    } finally {
      await relay.stop();
    }

    const growthMb = gateway.map((r) => r.growthMb);
    const leadMb = gateway.map((r) => r.leadMb);
    return {
      status: "measured",
      sizes: { runs, "stream MB": Math.round(gateway[0].bytes / MB), "reader bytes/s": READER_BYTES_PER_S },
      measures: [
        measure("peak RSS growth (max − before) while relaying", "MB", growthMb, { op: "<=", value: 64 }),
        measure("most next-server had read from upstream ahead of the client", "MB", leadMb),
        measure(`SDK baseline relay, first ${baselineReadMs / 1000} s only: peak RSS growth`, "MB", [baseline.growthMb]),
        measure(`SDK baseline relay, first ${baselineReadMs / 1000} s only: read ahead of the client`, "MB", [baseline.leadMb]),
      ],
      notes: [
        `The reader achieved ${(gateway[0].bytesPerS / MB).toFixed(2)} MB/s. RSS sampled every 20 ms from /proc/<pid>/status, bytes read by the relay from /proc/<pid>/io (rchar) every ${LEAD_SAMPLE_MS} ms; a few MB of lead are the kernel's socket buffers.`,
      ],
    };
  },
});
