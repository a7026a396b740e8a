import { join } from "node:path";
import { startConsole } from "./lib/console-server";
import { BENCH_EMULATOR_ENV } from "./lib/context";
import { buildFinishedGroup } from "./lib/emulator-client";
import type { Figure } from "./lib/figure";
import { openFileDescriptors, RssSampler, rssBytes } from "./lib/proc";
import { freePort, inspectablePortOptions, ServerInspector } from "./lib/server-inspector";
import { SoakChurn, type ChurnCounts } from "./lib/soak-churn";
import { PeakReadings, soakMeasures, type ServerReading } from "./lib/soak-readings";

// B10: memory under churn. A console of its own (started so its Next server can open an inspector)
// is warmed up, read at rest, churned for 20 minutes (2 with --quick), left idle, and read again:
// heap after forced GC (over the inspector), RSS and open file descriptors of next-server.

const FULL_SOAK_MS = 20 * 60_000;
const QUICK_SOAK_MS = 2 * 60_000;
const WARMUP_MS = 20_000;
// Longer than everything the console keeps on purpose after a group's last client or end (30 s).
const IDLE_MS = 60_000;
const RSS_SAMPLE_MS = 1_000;
const FULL_HEAP_SAMPLE_MS = 60_000;
const QUICK_HEAP_SAMPLE_MS = 20_000;
const FINISHED_GROUPS = 2;
const FINISHED_GROUP_RUNS = 2_000;
const MB = 1_000_000;

function soakMsOf(quick: boolean, override: number | null): number {
  return override ?? (quick ? QUICK_SOAK_MS : FULL_SOAK_MS);
}

export const figure: Figure = {
  id: "B10",
  what: "next-server heap, RSS and file descriptors after churn, against the start",
  needsConsole: true,
  timeLimitMs: (quick, soakMs) => soakMsOf(quick, soakMs) + 15 * 60_000,
  run: async (ctx) => {
    const soakMs = soakMsOf(ctx.quick, ctx.soakMs);
    // Its own console: the shared one has served other figures, and this one must be inspectable.
    await ctx.stopConsole();
    const inspectorPort = await freePort();
    const server = await startConsole({
      workDir: join(ctx.workDir, "b10"),
      name: "b10",
      env: { ...BENCH_EMULATOR_ENV, NODE_OPTIONS: inspectablePortOptions(inspectorPort) },
    });
    let inspector: ServerInspector | null = null;
    try {
      const pid = server.nextPid;
      inspector = await ServerInspector.open(pid, inspectorPort);
      ctx.log(`B10: console on ${server.url} (next-server pid ${pid}, inspector on ${inspectorPort})`);
      const read = async (): Promise<ServerReading> => {
        const heap = await inspector!.heapAfterGc();
        const rss = rssBytes(pid);
        const fds = openFileDescriptors(pid);
        if (rss === null || fds === null) throw new Error(`next-server ${pid} is gone`);
        return { heapMb: heap.usedMb, rssMb: rss / MB, fds };
      };
      const describe = (r: ServerReading) => `heap ${r.heapMb.toFixed(1)} MB, RSS ${r.rssMb.toFixed(1)} MB, ${r.fds} fds`;
      const idle = async (what: string) => {
        ctx.log(`B10: idle ${IDLE_MS / 1000} s ${what}`);
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      };
      const atReady = await read();
      ctx.log(`B10: at ready: ${describe(atReady)}`);

      const finishedGroupIds: string[] = [];
      for (let i = 0; i < FINISHED_GROUPS; i++) {
        finishedGroupIds.push(
          (await buildFinishedGroup(server.emulator, { runs: FINISHED_GROUP_RUNS, label: "B10", timeLimitMs: 300_000 })).groupId,
        );
      }
      const churnFor = (ms: number) =>
        new SoakChurn({
          consoleUrl: server.url,
          headers: server.credentials.apiHeaders,
          finishedGroupIds,
          deadlineMs: Date.now() + ms,
          log: ctx.log,
        });
      // Every route's code loaded and every pool at its working size: what stays after that is the churn's.
      await churnFor(WARMUP_MS).run();
      await idle("after the warm-up");
      const start = await read();
      ctx.log(`B10: start: ${describe(start)}`);

      const peak = new PeakReadings();
      const rssSampler = new RssSampler(pid, RSS_SAMPLE_MS).start();
      const fdTimer = setInterval(() => peak.add({ fds: openFileDescriptors(pid) ?? 0 }), RSS_SAMPLE_MS);
      let heapSampling = Promise.resolve();
      const heapTimer = setInterval(
        () => {
          heapSampling = heapSampling.then(async () => {
            const reading = await read();
            peak.add(reading);
            ctx.log(`B10: churning: ${describe(reading)}`);
          });
        },
        ctx.quick ? QUICK_HEAP_SAMPLE_MS : FULL_HEAP_SAMPLE_MS,
      );
      const churn = churnFor(soakMs);
      ctx.log(`B10: churning for ${(soakMs / 60_000).toFixed(1)} min`);
      let counts: ChurnCounts;
      try {
        counts = await churn.run();
      } finally {
        clearInterval(heapTimer);
        clearInterval(fdTimer);
        peak.add({ rssMb: rssSampler.stop() / MB });
      }
      await heapSampling;
      peak.add(await read());
      ctx.log(`B10: churn done: ${JSON.stringify(counts)}`);

      await idle("after the churn");
      const afterIdle = await read();
      ctx.log(`B10: after idle: ${describe(afterIdle)}`);
      const failureRatio = counts.failures / Math.max(1, counts.requests);
      if (failureRatio > 0.01)
        throw new Error(`${counts.failures} of ${counts.requests} churn requests failed, e.g. ${churn.failureSamples.join("; ")}`);

      return {
        status: "measured",
        sizes: {
          "churn min": Number((soakMs / 60_000).toFixed(1)),
          "groups created": counts.groupsCreated,
          "groups forgotten": counts.groupsForgotten,
          uploads: counts.uploads,
          "runs added": counts.runsAdded,
          "viewer visits": counts.viewerVisits,
          "events streams": counts.eventStreams,
          "runs streams (cut early)": `${counts.runsStreams} (${counts.runsStreamsCut})`,
          requests: counts.requests,
        },
        measures: soakMeasures(start, peak.get(), afterIdle),
        notes: [
          `Start is after a ${WARMUP_MS / 1000} s warm-up of the same churn and ${IDLE_MS / 1000} s idle (at ready: ${describe(atReady)}); after idle is ${IDLE_MS / 1000} s after the churn stopped. Heap is V8's used heap after two forced full GCs (inspector: HeapProfiler.collectGarbage, Runtime.getHeapUsage), read every ${(ctx.quick ? QUICK_HEAP_SAMPLE_MS : FULL_HEAP_SAMPLE_MS) / 1000} s during the churn; RSS and /proc/<pid>/fd every ${RSS_SAMPLE_MS / 1000} s.`,
          ...(counts.failures > 0 ? [`${counts.failures} churn requests failed, e.g. ${churn.failureSamples[0]}.`] : []),
        ],
      };
    } finally {
      inspector?.close();
      await server.stop();
    }
  },
};
