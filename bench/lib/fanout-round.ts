import { addRunsInBatches, createGroup, getEmulatorStats, type EmulatorTarget } from "./emulator-client";
import type { FanoutReading } from "./fanout-reading";

// One round of an events fan-out figure (B4, B8): a new group gets a few long runs that keep it
// active, the readers (fanout-reading.ts, in this process or in reader processes) connect, and once
// every reader's clients have joined the group gets the measured runs, so every event of those is
// compared however long the clients took to connect. The emulator's counters give the upstream
// events connections the consoles opened meanwhile.

export interface FanoutRoundParams {
  emulator: EmulatorTarget;
  bench: string;
  /** Added before the readers connect; they must outlast the clients' joining. */
  hold: { runs: number; processor: string };
  /** Added once every reader's clients have joined. */
  measured: { runs: number; processor: string };
  /** Each reads the group and calls `onJoined` once all its clients are connected; each has one direct client. */
  readers: Array<(groupId: string, onJoined: () => void) => Promise<FanoutReading>>;
}

export interface FanoutRound {
  /** Events connections the consoles opened to the emulator during the round. */
  upstreamConnections: number;
  /** One per reader, in the order given. */
  readings: FanoutReading[];
}

const ADD_RUNS_LIMIT_MS = 30_000;

export async function runFanoutRound({ emulator, bench, hold, measured, readers }: FanoutRoundParams): Promise<FanoutRound> {
  const groupId = await createGroup(emulator, { bench });
  await addRunsInBatches(emulator, groupId, { ...hold, label: "Hold", timeLimitMs: ADD_RUNS_LIMIT_MS });
  const before = await getEmulatorStats(emulator);
  let joined = 0;
  let allJoined = () => {};
  const everyoneJoined = new Promise<void>((resolve) => (allJoined = resolve));
  const readings = Promise.all(
    readers.map((read) =>
      read(groupId, () => {
        if (++joined === readers.length) allJoined();
      }),
    ),
  );
  // Awaited below; until then a failing reader must not count as an unhandled rejection.
  readings.catch(() => {});
  await Promise.race([everyoneJoined, readings]);
  if (joined < readers.length) throw new Error(`the readers ended before all their clients had joined (group ${groupId})`);
  await addRunsInBatches(emulator, groupId, { ...measured, timeLimitMs: ADD_RUNS_LIMIT_MS });
  const result = await readings;
  const after = await getEmulatorStats(emulator);
  // Each reader's direct client opened one; everything else was opened by the consoles.
  return { upstreamConnections: after.eventsStreamsOpened - before.eventsStreamsOpened - readers.length, readings: result };
}
