import { randomBytes } from "node:crypto";
import { BENCH_TASK_SPEC, benchInputs } from "./emulator-client";
import { readSse } from "./sse-client";

// B10's workload against a running console, the way its users churn it: groups created, filled by
// uploads of add-runs batches, finishing and receiving new runs, then forgotten; viewers opening a
// group's page (its entry, runs, history and live events) and leaving after a few seconds; scripts
// reading runs streams, some to the end and some cut off. Every loop stops at the deadline.

// ultra runs take 3–15 s at the benchmark's time scale of 0.01: a group stays live long enough to be watched.
const PROCESSOR = "ultra";
const GROUP_SLOTS = 3;
const ROUNDS_PER_GROUP = 3;
const BATCHES_PER_UPLOAD = 2;
const RUNS_PER_BATCH = 50;
const VIEWERS = 8;
const RUNS_READERS = 2;
const VIEW_MIN_MS = 1_000;
const VIEW_MAX_MS = 8_000;
const VIEW_GRACE_MS = 5_000;
const CUT_MIN_MS = 200;
const CUT_MAX_MS = 2_000;
const STATUS_POLL_MS = 500;
const GROUP_ACTIVE_LIMIT_MS = 120_000;
const REQUEST_LIMIT_MS = 60_000;

export interface ChurnCounts {
  groupsCreated: number;
  groupsForgotten: number;
  uploads: number;
  runsAdded: number;
  viewerVisits: number;
  eventStreams: number;
  runsStreams: number;
  runsStreamsCut: number;
  requests: number;
  failures: number;
}

export interface ChurnOptions {
  consoleUrl: string;
  /** Signs each call in (the benchmark's API token). */
  headers: Record<string, string>;
  /** Finished groups (unknown to the console or not) whose runs streams the readers pick from. */
  finishedGroupIds: string[];
  deadlineMs: number;
  log: (message: string) => void;
}

function pick<T>(items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

function between(minMs: number, maxMs: number): number {
  return minMs + Math.random() * (maxMs - minMs);
}

export class SoakChurn {
  readonly counts: ChurnCounts = {
    groupsCreated: 0,
    groupsForgotten: 0,
    uploads: 0,
    runsAdded: 0,
    viewerVisits: 0,
    eventStreams: 0,
    runsStreams: 0,
    runsStreamsCut: 0,
    requests: 0,
    failures: 0,
  };
  readonly failureSamples: string[] = [];
  /** Groups a viewer may open: those the group loops are working on right now (finished or not). */
  private readonly liveGroups = new Set<string>();
  /** Groups that finished at least once, for the runs-stream readers. */
  private readonly finishedGroups: string[];

  constructor(private readonly options: ChurnOptions) {
    this.finishedGroups = [...options.finishedGroupIds];
  }

  /** Runs every loop until the deadline; resolves when all have stopped. */
  async run(): Promise<ChurnCounts> {
    await Promise.all([
      ...Array.from({ length: GROUP_SLOTS }, (_, slot) => this.groupLoop(slot)),
      ...Array.from({ length: VIEWERS }, () => this.viewerLoop()),
      ...Array.from({ length: RUNS_READERS }, () => this.runsReaderLoop()),
    ]);
    return this.counts;
  }

  /** One group through its life, once: created, ROUNDS_PER_GROUP uploads each run to the end, forgotten. */
  async groupLifecycle(slot: number): Promise<void> {
    const group = await this.json<{ taskgroup_id: string }>("POST", "/api/groups", {
      metadata: { name: `B10 slot ${slot}`, bench: "B10" },
    });
    if (!group) return;
    const groupId = group.taskgroup_id;
    this.counts.groupsCreated++;
    this.liveGroups.add(groupId);
    try {
      for (let round = 0; round < ROUNDS_PER_GROUP && !this.pastDeadline(); round++) {
        await this.upload(groupId, round);
        await this.waitUntilInactive(groupId);
        if (!this.finishedGroups.includes(groupId)) this.finishedGroups.push(groupId);
      }
    } finally {
      this.liveGroups.delete(groupId);
    }
    // Viewers already on the page finish their visit first (a visit is at most VIEW_MAX_MS of events).
    await new Promise((resolve) => setTimeout(resolve, VIEW_MAX_MS + VIEW_GRACE_MS));
    // A forgotten group's runs are gone from the cache; its stream stays readable upstream.
    if ((await this.send("DELETE", `/api/groups/${groupId}`)) !== null) this.counts.groupsForgotten++;
  }

  /** A page visit: the group's entry, first runs page and history, then its live events for a while. */
  async viewerVisit(groupId: string): Promise<void> {
    this.counts.viewerVisits++;
    await this.send("GET", `/api/groups/${groupId}`);
    await this.send("GET", `/api/groups/${groupId}/runs?limit=50&fields=input,output`);
    await this.send("GET", `/api/groups/${groupId}/history`);
    // Most viewers use the console's own page stream; some are scripts on the proxied one.
    const path = Math.random() < 0.75 ? `/api/groups/${groupId}/events` : `/api/parallel/v1beta/tasks/groups/${groupId}/events`;
    await this.stream(path, between(VIEW_MIN_MS, VIEW_MAX_MS));
    this.counts.eventStreams++;
  }

  /** A runs stream with inputs and outputs, read to its end or cut off early. */
  async runsRead(groupId: string): Promise<void> {
    const cut = Math.random() < 0.5;
    await this.stream(
      `/api/parallel/v1beta/tasks/groups/${groupId}/runs?include_input=true&include_output=true`,
      cut ? between(CUT_MIN_MS, CUT_MAX_MS) : undefined,
    );
    this.counts.runsStreams++;
    if (cut) this.counts.runsStreamsCut++;
  }

  private async groupLoop(slot: number): Promise<void> {
    while (!this.pastDeadline()) await this.groupLifecycle(slot);
  }

  private async viewerLoop(): Promise<void> {
    while (!this.pastDeadline()) {
      const groupId = pick([...this.liveGroups]);
      if (groupId) await this.viewerVisit(groupId);
      else await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
      if (Math.random() < 0.1) await this.send("GET", "/api/groups?limit=50");
    }
  }

  private async runsReaderLoop(): Promise<void> {
    while (!this.pastDeadline()) {
      const groupId = pick(this.finishedGroups);
      if (groupId) await this.runsRead(groupId);
      else await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
    }
  }

  /** An upload as the create form sends it: registered, each batch sent through the gateway and recorded, then done. */
  private async upload(groupId: string, round: number): Promise<void> {
    const uploadId = `upl_${randomBytes(8).toString("hex")}`;
    const batches = Array.from({ length: BATCHES_PER_UPLOAD }, (_, index) => ({
      index,
      row_count: RUNS_PER_BATCH,
      first_row: index * RUNS_PER_BATCH,
      last_row: (index + 1) * RUNS_PER_BATCH - 1,
    }));
    const registered = await this.send("POST", "/api/uploads", {
      id: uploadId,
      group_id: groupId,
      kind: "file",
      label: `B10 round ${round}`,
      total_rows: BATCHES_PER_UPLOAD * RUNS_PER_BATCH,
      batches,
    });
    if (registered === null) return;
    this.counts.uploads++;
    for (const batch of batches) {
      const inputs = benchInputs(batch.first_row, RUNS_PER_BATCH, PROCESSOR, `B10 ${uploadId}`).map((input, row) => ({
        ...input,
        metadata: { ...input.metadata, upload_id: uploadId, row: batch.first_row + row },
      }));
      const added = await this.send("POST", `/api/parallel/v1beta/tasks/groups/${groupId}/runs`, {
        inputs,
        default_task_spec: BENCH_TASK_SPEC,
      });
      if (added !== null) this.counts.runsAdded += RUNS_PER_BATCH;
      await this.send("PATCH", `/api/uploads/${uploadId}/batches/${batch.index}`, {
        state: added === null ? "failed" : "done",
        submitted_rows: added === null ? 0 : RUNS_PER_BATCH,
        attempts: 1,
        error: added === null ? "B10: add runs failed" : null,
      });
    }
    await this.send("PATCH", `/api/uploads/${uploadId}`, { state: "done" });
  }

  private async waitUntilInactive(groupId: string): Promise<void> {
    const limitMs = Date.now() + GROUP_ACTIVE_LIMIT_MS;
    while (Date.now() < limitMs) {
      const group = await this.json<{ status: { is_active: boolean } }>("GET", `/api/parallel/v1beta/tasks/groups/${groupId}`);
      if (group && !group.status.is_active) return;
      await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
    }
    this.fail(`group ${groupId} still active after ${GROUP_ACTIVE_LIMIT_MS} ms`);
  }

  private async stream(path: string, stopAfterMs: number | undefined): Promise<void> {
    this.counts.requests++;
    try {
      const read = await readSse(`${this.options.consoleUrl}${path}`, {
        headers: this.options.headers,
        timeLimitMs: REQUEST_LIMIT_MS * 5,
        stopAfterMs,
      });
      // Status 0: cut off on purpose before the headers came, as a leaving client may be.
      if (read.status !== 200 && !(read.status === 0 && !read.complete)) this.fail(`GET ${path} answered ${read.status}`);
    } catch (error) {
      this.fail(`GET ${path}: ${(error as Error).message}`);
    }
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    const text = await this.send(method, path, body);
    return text === null ? null : (JSON.parse(text) as T);
  }

  /** The response body, or null (counted as a failure) for a non-2xx answer or no answer. */
  private async send(method: string, path: string, body?: unknown): Promise<string | null> {
    this.counts.requests++;
    try {
      const response = await fetch(`${this.options.consoleUrl}${path}`, {
        method,
        headers: body === undefined ? this.options.headers : { "content-type": "application/json", ...this.options.headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
      });
      const text = await response.text();
      if (!response.ok) {
        this.fail(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
        return null;
      }
      return text;
    } catch (error) {
      this.fail(`${method} ${path}: ${(error as Error).message}`);
      return null;
    }
  }

  private fail(message: string): void {
    this.counts.failures++;
    if (this.failureSamples.length < 5) this.failureSamples.push(message);
    this.options.log(`B10 churn: ${message}`);
  }

  private pastDeadline(): boolean {
    return Date.now() >= this.options.deadlineMs;
  }
}
