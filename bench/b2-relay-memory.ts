import type { Figure } from "./lib/figure";
import { RssSampler, rssBytes } from "./lib/proc";
import { measure } from "./lib/results";
import { readSse } from "./lib/sse-client";

// B2: how much the console's Next server grows while it relays B1's stream to a client that reads
// at 1 MB/s — a relay that does not pass backpressure upstream would hold the difference in memory.

const READER_BYTES_PER_S = 1_000_000;
const SETTLE_MS = 2_000;
const MB = 1_000_000;

export const figure: Figure = {
  id: "B2",
  what: "peak RSS growth of the Next server relaying the runs stream to a 1 MB/s reader",
  needsConsole: true,
  timeLimitMs: (quick) => (quick ? 120_000 : 1_200_000),
  run: async (ctx) => {
    const runs = ctx.quick ? 10_000 : 100_000;
    const runsOfMeasure = ctx.quick ? 1 : 2;
    const server = await ctx.console();
    const groupId = await ctx.finishedGroup(runs);
    const url = `${server.url}/api/parallel/v1beta/tasks/groups/${groupId}/runs?include_input=true&include_output=true`;
    const growthMb: number[] = [];
    let streamBytes = 0;
    let achievedRate = 0;
    for (let run = 0; run < runsOfMeasure; run++) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const before = rssBytes(server.nextPid);
      if (before === null) throw new Error(`next-server process ${server.nextPid} is gone`);
      const sampler = new RssSampler(server.nextPid).start();
      let read;
      try {
        // At most twice the time the stream needs at 1 MB/s; the stream size is only known after run 1.
        read = await readSse(url, { bytesPerSecond: READER_BYTES_PER_S, timeLimitMs: Math.max(60_000, (runs * 3_000 * 2) / READER_BYTES_PER_S * 1_000) });
      } finally {
        sampler.stop();
      }
      if (read.status !== 200 || read.events !== runs) throw new Error(`relayed stream: status ${read.status}, ${read.events} events, expected ${runs}`);
      streamBytes = read.bytes;
      achievedRate = read.bytes / (read.elapsedMs / 1_000);
      growthMb.push((sampler.peakBytes - before) / MB);
      ctx.log(
        `B2 run ${run + 1}: RSS ${(before / MB).toFixed(1)} MB before, peak ${(sampler.peakBytes / MB).toFixed(1)} MB over ${(read.elapsedMs / 1000).toFixed(0)} s (${sampler.samples} samples)`,
      );
    }
    return {
      status: "measured",
      sizes: { runs, "stream MB": Math.round(streamBytes / MB), "reader bytes/s": READER_BYTES_PER_S },
      measures: [measure("peak RSS growth (max − before) while relaying", "MB", growthMb, { op: "<=", value: 64 })],
      notes: [`The reader achieved ${(achievedRate / MB).toFixed(2)} MB/s; RSS sampled every 20 ms from /proc/<pid>/status.`],
    };
  },
};
