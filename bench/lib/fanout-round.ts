import { BENCH_EMULATOR_ENV } from "./context";
import { addRunsInBatches, createGroup, getEmulatorStats } from "./emulator-client";
import type { FanoutReadParams, FanoutReading } from "./fanout-reading";

// One round of an events fan-out figure (B4, B8): a new group gets a few long runs that keep it
// active, the readers (fanout-reading.ts, in this process or in reader processes) connect, and once
// every reader's clients have joined the group gets the measured runs, so every event of those is
// compared however long the clients took to connect. The emulator's counters give the upstream
// events connections the consoles opened meanwhile.

/** Runs of one processor that a round adds to its group. */
export interface FanoutBatch {
  runs: number;
  processor: string;
  /** How long each run takes at the benchmark's time scale, as the figure's sizes say it. */
  duration: string;
}

/** What each round of a fan-out figure adds to its group, and how many clients read each console. */
export interface FanoutWorkload {
  clientsPerConsole: number;
  /** Added once every reader's clients have joined. */
  measured: FanoutBatch;
  /** Added before the readers connect; they must outlast the clients' joining. */
  hold: FanoutBatch;
  /** A bound on each reader's streams in one round. */
  roundLimitMs: number;
}

/** One reader: the consoles its clients read, and where it reads them (this process or a reader process). */
export interface FanoutReader {
  consoles: FanoutReadParams["consoles"];
  /** Reads the group with one direct client besides the consoles' clients; calls `onJoined` once all its clients are connected. */
  read: (params: FanoutReadParams, onJoined: () => void) => Promise<FanoutReading>;
}

export interface FanoutRoundParams {
  emulator: FanoutReadParams["emulator"];
  bench: string;
  workload: FanoutWorkload;
  readers: FanoutReader[];
}

export interface FanoutRound {
  /** Events connections the consoles opened to the emulator during the round. */
  upstreamConnections: number;
  /** One per reader, in the order given. */
  readings: FanoutReading[];
}

const ADD_RUNS_LIMIT_MS = 30_000;

/** The workload's runs as a figure's sizes report them. */
export function fanoutWorkloadSizes({ measured, hold }: FanoutWorkload): Record<string, number | string> {
  return {
    runs: measured.runs,
    processor: `${measured.processor} (${measured.duration} at time scale ${BENCH_EMULATOR_ENV.EMULATOR_TIME_SCALE}), added once all clients had joined`,
    "runs holding the group active": `${hold.runs} ${hold.processor} (${hold.duration}), added before the clients join`,
  };
}

export async function runFanoutRound({ emulator, bench, workload, readers }: FanoutRoundParams): Promise<FanoutRound> {
  const { clientsPerConsole, measured, hold, roundLimitMs } = workload;
  const groupId = await createGroup(emulator, { bench });
  await addRunsInBatches(emulator, groupId, { runs: hold.runs, processor: hold.processor, label: "Hold", timeLimitMs: ADD_RUNS_LIMIT_MS });
  const before = await getEmulatorStats(emulator);
  let joined = 0;
  let allJoined = () => {};
  const everyoneJoined = new Promise<void>((resolve) => (allJoined = resolve));
  const readings = Promise.all(
    readers.map(({ consoles, read }) =>
      read({ emulator, groupId, consoles, clientsPerConsole, timeLimitMs: roundLimitMs }, () => {
        if (++joined === readers.length) allJoined();
      }),
    ),
  );
  // Awaited below; until then a failing reader must not count as an unhandled rejection.
  readings.catch(() => {});
  await Promise.race([everyoneJoined, readings]);
  if (joined < readers.length) throw new Error(`the readers ended before all their clients had joined (group ${groupId})`);
  await addRunsInBatches(emulator, groupId, { runs: measured.runs, processor: measured.processor, timeLimitMs: ADD_RUNS_LIMIT_MS });
  const result = await readings;
  const after = await getEmulatorStats(emulator);
  // Each reader's direct client opened one; everything else was opened by the consoles.
  return { upstreamConnections: after.eventsStreamsOpened - before.eventsStreamsOpened - readers.length, readings: result };
}
