import { getEmulatorStats } from "./emulator-client";
import { readFanout, type FanoutReadParams, type FanoutReading } from "./fanout-reading";

// One round of B4: every reader in the benchmark process (see fanout-reading.ts), and the upstream
// events connections the console opened meanwhile, from the emulator's counters.

export interface FanoutRound extends FanoutReading {
  /** Events connections the consoles opened to the emulator during the round. */
  upstreamConnections: number;
}

export async function runFanoutRound(params: FanoutReadParams): Promise<FanoutRound> {
  const before = await getEmulatorStats(params.emulator);
  const reading = await readFanout(params);
  const after = await getEmulatorStats(params.emulator);
  // The direct client opened one; everything else was opened by the consoles.
  return { ...reading, upstreamConnections: after.eventsStreamsOpened - before.eventsStreamsOpened - 1 };
}
