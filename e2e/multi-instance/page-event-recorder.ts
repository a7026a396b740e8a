import type { Page } from "@playwright/test";

/** One event an EventSource in the page received. */
export interface RecordedEvent {
  type: string;
  /** The `event_id` inside its data, where the Parallel API puts it. */
  eventId: string | null;
  /** What the browser itself holds as the last event id (from `id:` fields): what it sends back as Last-Event-ID. */
  browserLastEventId: string;
  data: string;
}

/** What a recording EventSource saw, with the times (page clock, ms) it opened and broke. */
export interface Recording {
  events: RecordedEvent[];
  opens: number[];
  errors: number[];
  /** The group's final status arrived and the recorder closed its EventSource, as the console's pages do. */
  done: boolean;
}

type RecorderWindow = Window & { __recorders?: Record<string, Recording> };

/**
 * Opens an EventSource on `url` inside the page (its own reconnects, Last-Event-ID included, are the
 * browser's) that records every group event until the final status.
 */
export async function startRecording(page: Page, name: string, url: string): Promise<void> {
  await page.evaluate(
    ({ name, url }) => {
      const recording: Recording = { events: [], opens: [], errors: [], done: false };
      const w = window as RecorderWindow;
      w.__recorders = { ...w.__recorders, [name]: recording };
      const source = new EventSource(url);
      source.addEventListener("open", () => recording.opens.push(Date.now()));
      source.addEventListener("error", () => recording.errors.push(Date.now()));
      for (const type of ["task_group_status", "task_run.state"]) {
        source.addEventListener(type, (message) => {
          const { data, lastEventId } = message as MessageEvent<string>;
          const parsed = JSON.parse(data) as { event_id?: string; status?: { is_active?: boolean } };
          recording.events.push({ type, eventId: parsed.event_id ?? null, browserLastEventId: lastEventId, data });
          if (type === "task_group_status" && parsed.status?.is_active === false) {
            source.close();
            recording.done = true;
          }
        });
      }
    },
    { name, url },
  );
}

export async function readRecording(page: Page, name: string): Promise<Recording> {
  const recording = await page.evaluate((name) => (window as RecorderWindow).__recorders?.[name], name);
  if (!recording) throw new Error(`no recording named ${name} in the page`);
  return recording;
}
