import { defineConsoleFigure } from "./lib/figure";
import { cpuSeconds, threadCpuSeconds, treeCpuSeconds } from "./lib/proc";
import { measure } from "./lib/results";
import { startRelayProcess } from "./lib/relay-process";
import { readSse } from "./lib/sse-client";
import { alternateRounds, roundRatios } from "./lib/stats";

// B1: events/s of a large group's runs stream with inputs and outputs, read four ways in every round:
// (a) straight from the emulator, (b) through the gateway, (c) through the SDK baseline relay, and
// (d) through the plain relay, a control: a route handler's work in a Node process without Next.js.

const WARM_UP_RUNS = 1_000;
const READ_LIMIT_MS = 600_000;

export const figure = defineConsoleFigure("B1", {
  what: "runs stream with inputs and outputs: gateway ÷ direct, gateway ÷ SDK baseline relay",
  quick: { runs: 10_000, timeLimitMs: 150_000 },
  full: { runs: 100_000, timeLimitMs: 1_800_000 },
  run: async (ctx, { runs }, server) => {
    const rounds = 5;
    const groupId = await ctx.finishedGroup(runs);
    const warmGroupId = await ctx.finishedGroup(WARM_UP_RUNS);
    const relay = await startRelayProcess("sdk", server.emulator.url, server.emulator.apiKey);
    const plain = await startRelayProcess("plain", server.emulator.url, server.emulator.apiKey).catch(async (error: unknown) => {
      await relay.stop();
      throw error;
    });
    try {
      const query = "?include_input=true&include_output=true";
      const urls = (id: string) => ({
        direct: { url: `${server.emulator.url}/v1beta/tasks/groups/${id}/runs${query}`, headers: { "x-api-key": server.emulator.apiKey } },
        gateway: { url: `${server.url}/api/parallel/v1beta/tasks/groups/${id}/runs${query}`, headers: server.credentials.apiHeaders },
        baseline: { url: `${relay.url}/groups/${id}/runs`, headers: {} },
        plain: { url: `${plain.url}/v1beta/tasks/groups/${id}/runs${query}`, headers: {} },
      });
      type Variant = keyof ReturnType<typeof urls>;
      let bytesPerEvent = 0;
      // CPU each process spends per event, from /proc: unlike events/s, it does not depend on what
      // else the machine is doing, so it shows what each relay costs even on a busy machine.
      const relayCpu = {
        direct: () => 0,
        gateway: () => cpuSeconds(server.nextPid),
        baseline: () => treeCpuSeconds(relay.pid),
        plain: () => treeCpuSeconds(plain.pid),
      };
      const cpuUsPerEvent = { emulator: [] as number[], gateway: [] as number[], baseline: [] as number[], plain: [] as number[] };
      // next-server's CPU split by thread: its event loop, and V8's workers (garbage collection).
      const gatewayThreads = { main: [] as number[], others: [] as number[] };
      const reader =
        (variant: Variant, id: string, expected: number, record = false) =>
        async () => {
          const { url, headers } = urls(id)[variant];
          const relayBefore = relayCpu[variant]();
          const threadsBefore = variant === "gateway" ? threadCpuSeconds(server.nextPid) : null;
          const emulatorBefore = server.emulatorCpuSeconds();
          const read = await readSse(url, { headers, timeLimitMs: READ_LIMIT_MS });
          if (read.status !== 200 || read.events !== expected) {
            throw new Error(`${variant} read of ${url}: status ${read.status}, ${read.events} events, expected ${expected}`);
          }
          if (record) {
            const perEvent = (seconds: number) => (seconds * 1e6) / read.events;
            if (variant === "direct") cpuUsPerEvent.emulator.push(perEvent(server.emulatorCpuSeconds() - emulatorBefore));
            else cpuUsPerEvent[variant].push(perEvent(relayCpu[variant]() - relayBefore));
            if (threadsBefore) {
              const threadsAfter = threadCpuSeconds(server.nextPid);
              gatewayThreads.main.push(perEvent(threadsAfter.main - threadsBefore.main));
              gatewayThreads.others.push(perEvent(threadsAfter.others - threadsBefore.others));
            }
          }
          bytesPerEvent = read.bytes / read.events;
          return read.events / (read.elapsedMs / 1_000);
        };
      // JIT, route compilation and connection set-up happen here, not in round 1.
      for (const variant of ["direct", "gateway", "baseline", "plain"] as const) await reader(variant, warmGroupId, WARM_UP_RUNS)();

      const values = await alternateRounds(
        rounds,
        {
          direct: reader("direct", groupId, runs, true),
          gateway: reader("gateway", groupId, runs, true),
          baseline: reader("baseline", groupId, runs, true),
          plain: reader("plain", groupId, runs, true),
        },
        (variant, round, value) => ctx.log(`B1 round ${round + 1} ${variant}: ${Math.round(value).toLocaleString("en-US")} events/s`),
      );
      return {
        status: "measured",
        sizes: { runs, "bytes per event": Math.round(bytesPerEvent), "stream MB": Math.round((bytesPerEvent * runs) / 1e6) },
        measures: [
          measure("(a) direct from the emulator", "events/s", values.direct),
          measure("(b) through the gateway", "events/s", values.gateway),
          measure("(c) through the SDK baseline relay", "events/s", values.baseline),
          measure("(d) through the plain relay (control: no Next.js)", "events/s", values.plain),
          measure("gateway ÷ direct", "ratio", roundRatios(values.gateway, values.direct), { op: ">=", value: 0.9 }),
          measure("gateway ÷ SDK baseline", "ratio", roundRatios(values.gateway, values.baseline), { op: ">=", value: 1.5 }),
          measure("plain relay ÷ direct (what the machine allows a relay)", "ratio", roundRatios(values.plain, values.direct)),
          measure("CPU per event: emulator (producing the stream)", "µs/event", cpuUsPerEvent.emulator),
          measure("CPU per event: gateway (next-server)", "µs/event", cpuUsPerEvent.gateway),
          measure("CPU per event: gateway, next-server's main thread", "µs/event", gatewayThreads.main),
          measure("CPU per event: gateway, next-server's other threads (V8 garbage collection)", "µs/event", gatewayThreads.others),
          measure("CPU per event: SDK baseline relay", "µs/event", cpuUsPerEvent.baseline),
          measure("CPU per event: plain relay", "µs/event", cpuUsPerEvent.plain),
        ],
        notes: ["Each round reads the whole stream four times, in the order direct, gateway, baseline, plain; ratios are per round."],
      };
    } finally {
      await Promise.all([relay.stop(), plain.stop()]);
    }
  },
});
