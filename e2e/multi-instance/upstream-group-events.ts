import { readSse } from "../../lib/testing/sse";
import { KEY_CANARY } from "../../scripts/key-canary";

export interface UpstreamEvent {
  type: string | undefined;
  eventId: string;
  data: unknown;
}

/** The group's whole events stream read straight from the emulator: for a finished group, it replays everything and closes. */
export async function readUpstreamGroupEvents(emulatorUrl: string, groupId: string): Promise<UpstreamEvent[]> {
  const response = await fetch(`${emulatorUrl}/v1/tasks/groups/${groupId}/events`, { headers: { "x-api-key": KEY_CANARY } });
  if (!response.ok) throw new Error(`the emulator's events stream answered ${response.status}`);
  const read = await readSse(response, { timeLimitMs: 30_000 });
  if (read.ended !== "closed") throw new Error(`the emulator's events stream of a finished group did not close (${read.ended})`);
  return read.events.map((e) => ({ type: e.event, eventId: (e.data as { event_id: string }).event_id, data: e.data }));
}
