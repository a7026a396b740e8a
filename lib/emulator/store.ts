import type Database from "better-sqlite3";
import { RUN_STATUSES, type Metadata, type RunStatus, type TaskSpec } from "../parallel/types";
import { newGroupId, newRunId } from "./ids";

export interface GroupRow {
  seq: number;
  id: string;
  metadata: string | null;
  created_ms: number;
  modified_ms: number;
  num_runs: number;
  n_queued: number;
  n_running: number;
  n_completed: number;
  n_failed: number;
  n_action_required: number;
  n_cancelling: number;
  n_cancelled: number;
}

export interface RunRow {
  seq: number;
  id: string;
  group_seq: number;
  status: RunStatus;
  processor: string;
  input: string;
  metadata: string | null;
  spec_id: number | null;
  created_ms: number;
  modified_ms: number;
  started_ms: number | null;
  due_ms: number | null;
  error: string | null;
  /** The run's `webhook` JSON as sent, when it asked for one. */
  webhook: string | null;
  /** The stored output's JSON, on reads that join it (null when none is stored). */
  output_json?: string | null;
}

export interface NewRun {
  processor: string;
  /** The TaskRunInput as sent, without its task_spec (kept once per distinct spec). */
  inputJson: string;
  metadata: Metadata | null;
  spec: TaskSpec | null;
  webhookJson: string | null;
}

/** Change of each status's count in a group. */
export type CountDelta = Partial<Record<RunStatus, number>>;

/** Statuses of a run that holds one of the `concurrency` slots; each has a due time. */
export const SLOT_STATUSES = ["action_required", "running", "cancelling"] as const satisfies readonly RunStatus[];
export type SlotStatus = (typeof SLOT_STATUSES)[number];
export type EndStatus = "completed" | "failed" | "cancelled";
const IN_SLOT = `status IN (${SLOT_STATUSES.map((s) => `'${s}'`).join(", ")})`;

const RUN_COLUMNS =
  "r.seq, r.id, r.group_seq, r.status, r.processor, r.input, r.metadata, r.spec_id, r.created_ms, r.modified_ms, r.started_ms, r.due_ms, r.error, r.webhook";

/** All SQL of the emulator. Every method is synchronous; callers group writes in transactions. */
export class EmulatorStore {
  private readonly specIds = new Map<string, number>();
  private readonly specs = new Map<number, TaskSpec>();
  private readonly specJsons = new Map<number, string>();
  private readonly q;

  constructor(readonly db: Database.Database) {
    this.q = {
      insertGroup: db.prepare("INSERT INTO groups (id, metadata, created_ms, modified_ms) VALUES (?, ?, ?, ?)"),
      groupById: db.prepare("SELECT * FROM groups WHERE id = ?"),
      groupBySeq: db.prepare("SELECT * FROM groups WHERE seq = ?"),
      insertSpec: db.prepare("INSERT OR IGNORE INTO specs (json) VALUES (?)"),
      specIdByJson: db.prepare("SELECT id FROM specs WHERE json = ?"),
      specById: db.prepare("SELECT json FROM specs WHERE id = ?"),
      insertRun: db.prepare(
        "INSERT INTO runs (id, group_seq, status, processor, input, metadata, spec_id, created_ms, modified_ms, due_ms, webhook) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      lastRunSeq: db.prepare("SELECT MAX(seq) AS seq FROM runs WHERE group_seq = ?"),
      lastEventSeq: db.prepare("SELECT MAX(seq) AS seq FROM events WHERE group_seq = ?"),
      addQueued: db.prepare("UPDATE groups SET num_runs = num_runs + ?, n_queued = n_queued + ?, modified_ms = ? WHERE seq = ?"),
      runById: db.prepare(
        `SELECT ${RUN_COLUMNS}, o.json AS output_json, g.id AS group_id FROM runs r JOIN groups g ON g.seq = r.group_seq LEFT JOIN outputs o ON o.run_seq = r.seq WHERE r.id = ?`,
      ),
      runsPage: db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.group_seq = ? AND r.seq > ? ORDER BY r.seq LIMIT ?`),
      runsPageWithOutputs: db.prepare(
        `SELECT ${RUN_COLUMNS}, o.json AS output_json FROM runs r LEFT JOIN outputs o ON o.run_seq = r.seq WHERE r.group_seq = ? AND r.seq > ? ORDER BY r.seq LIMIT ?`,
      ),
      runsPageByStatusWithOutputs: db.prepare(
        `SELECT ${RUN_COLUMNS}, o.json AS output_json FROM runs r LEFT JOIN outputs o ON o.run_seq = r.seq WHERE r.group_seq = ? AND r.seq > ? AND r.status = ? ORDER BY r.seq LIMIT ?`,
      ),
      insertOutput: db.prepare("INSERT OR REPLACE INTO outputs (run_seq, json) VALUES (?, ?)"),
      runsPageByStatus: db.prepare(
        `SELECT ${RUN_COLUMNS} FROM runs r WHERE r.group_seq = ? AND r.seq > ? AND r.status = ? ORDER BY r.seq LIMIT ?`,
      ),
      eventsPage: db.prepare(
        `SELECT e.seq AS event_seq, ${RUN_COLUMNS} FROM events e JOIN runs r ON r.seq = e.run_seq WHERE e.group_seq = ? AND e.seq > ? ORDER BY e.seq LIMIT ?`,
      ),
      dueInSlot: db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.${IN_SLOT} AND r.due_ms <= ? ORDER BY r.due_ms LIMIT ?`),
      nextDue: db.prepare(`SELECT MIN(due_ms) AS due FROM runs WHERE ${IN_SLOT}`),
      queuedHead: db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.status = 'queued' ORDER BY r.seq LIMIT ?`),
      countInSlots: db.prepare(`SELECT COUNT(*) AS n FROM runs WHERE ${IN_SLOT}`),
      markInSlot: db.prepare("UPDATE runs SET status = ?, started_ms = ?, due_ms = ?, modified_ms = ? WHERE seq = ?"),
      runsPerProcessor: db.prepare("SELECT processor, COUNT(*) AS n FROM runs GROUP BY processor"),
      markFinished: db.prepare("UPDATE runs SET status = ?, due_ms = NULL, error = ?, modified_ms = ? WHERE seq = ?"),
      insertEvent: db.prepare("INSERT INTO events (group_seq, run_seq) VALUES (?, ?)"),
      applyCounts: db.prepare(
        `UPDATE groups SET ${RUN_STATUSES.map((s) => `n_${s} = n_${s} + ?`).join(", ")}, modified_ms = ? WHERE seq = ?`,
      ),
    };
  }

  createGroup(metadata: Metadata | null, nowMs: number): GroupRow {
    const id = newGroupId();
    this.q.insertGroup.run(id, metadata ? JSON.stringify(metadata) : null, nowMs, nowMs);
    return this.getGroup(id)!;
  }

  getGroup(id: string): GroupRow | undefined {
    return this.q.groupById.get(id) as GroupRow | undefined;
  }

  getGroupBySeq(seq: number): GroupRow | undefined {
    return this.q.groupBySeq.get(seq) as GroupRow | undefined;
  }

  /** Inserts runs as queued in one transaction; returns their ids and the stream positions before them. */
  addRuns(group: GroupRow, runs: NewRun[], nowMs: number, eligibleAtMs: number) {
    return this.db.transaction(() => {
      const lastRunSeq = (this.q.lastRunSeq.get(group.seq) as { seq: number | null }).seq;
      const lastEventSeq = (this.q.lastEventSeq.get(group.seq) as { seq: number | null }).seq;
      const runIds = runs.map((run) => {
        const id = newRunId();
        const specId = run.spec ? this.specIdFor(run.spec) : null;
        const metadata = run.metadata ? JSON.stringify(run.metadata) : null;
        this.q.insertRun.run(id, group.seq, run.processor, run.inputJson, metadata, specId, nowMs, nowMs, eligibleAtMs, run.webhookJson);
        return id;
      });
      this.q.addQueued.run(runs.length, runs.length, nowMs, group.seq);
      return { runIds, lastRunSeq, lastEventSeq };
    })();
  }

  getRun(id: string): (RunRow & { group_id: string }) | undefined {
    return this.q.runById.get(id) as (RunRow & { group_id: string }) | undefined;
  }

  /** A page of the group's runs in creation order; `withOutputs` joins each stored output's JSON. */
  pageRuns(groupSeq: number, afterSeq: number, status: RunStatus | null, limit: number, withOutputs = false): RunRow[] {
    if (withOutputs) {
      return (
        status
          ? this.q.runsPageByStatusWithOutputs.all(groupSeq, afterSeq, status, limit)
          : this.q.runsPageWithOutputs.all(groupSeq, afterSeq, limit)
      ) as RunRow[];
    }
    return (
      status ? this.q.runsPageByStatus.all(groupSeq, afterSeq, status, limit) : this.q.runsPage.all(groupSeq, afterSeq, limit)
    ) as RunRow[];
  }

  pageEvents(groupSeq: number, afterSeq: number, limit: number): Array<RunRow & { event_seq: number }> {
    return this.q.eventsPage.all(groupSeq, afterSeq, limit) as Array<RunRow & { event_seq: number }>;
  }

  lastEventSeq(groupSeq: number): number {
    return (this.q.lastEventSeq.get(groupSeq) as { seq: number | null }).seq ?? 0;
  }

  /** The spec's JSON text as stored (the same JSON `getSpec` parses). */
  getSpecJson(specId: number | null): string | null {
    if (specId === null) return null;
    let json = this.specJsons.get(specId);
    if (json === undefined) {
      const row = this.q.specById.get(specId) as { json: string } | undefined;
      if (!row) return null;
      json = row.json;
      this.specJsons.set(specId, json);
    }
    return json;
  }

  getSpec(specId: number | null): TaskSpec | null {
    if (specId === null) return null;
    let spec = this.specs.get(specId);
    if (!spec) {
      const row = this.q.specById.get(specId) as { json: string } | undefined;
      if (!row) return null;
      spec = JSON.parse(row.json) as TaskSpec;
      this.specs.set(specId, spec);
    }
    return spec;
  }

  /** Runs holding a slot (running, action_required, cancelling) whose current step is due. */
  dueInSlot(nowMs: number, limit: number): RunRow[] {
    return this.q.dueInSlot.all(nowMs, limit) as RunRow[];
  }

  nextDueMs(): number | null {
    return (this.q.nextDue.get() as { due: number | null }).due;
  }

  queuedHead(limit: number): RunRow[] {
    return this.q.queuedHead.all(limit) as RunRow[];
  }

  countInSlots(): number {
    return (this.q.countInSlots.get() as { n: number }).n;
  }

  /** How many runs were ever created with each processor (what the account has been charged for). */
  runsPerProcessor(): Array<{ processor: string; n: number }> {
    return this.q.runsPerProcessor.all() as Array<{ processor: string; n: number }>;
  }

  /** Moves a run to a status that holds a slot until `dueMs`; `startedMs` is when its running began. */
  markInSlot(runSeq: number, status: SlotStatus, startedMs: number | null, dueMs: number, nowMs: number): void {
    this.q.markInSlot.run(status, startedMs, dueMs, nowMs, runSeq);
  }

  /** Moves a run to its terminal status and appends its task_run.state event to the group's log. */
  markFinished(run: RunRow, status: EndStatus, error: string | null, nowMs: number, outputJson: string | null = null): void {
    this.q.markFinished.run(status, error, nowMs, run.seq);
    if (outputJson !== null) this.q.insertOutput.run(run.seq, outputJson);
    this.q.insertEvent.run(run.group_seq, run.seq);
  }

  applyCounts(groupSeq: number, delta: CountDelta, nowMs: number): void {
    this.q.applyCounts.run(...RUN_STATUSES.map((s) => delta[s] ?? 0), nowMs, groupSeq);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  private specIdFor(spec: TaskSpec): number {
    const json = JSON.stringify(spec);
    let id = this.specIds.get(json);
    if (id === undefined) {
      this.q.insertSpec.run(json);
      id = (this.q.specIdByJson.get(json) as { id: number }).id;
      this.specIds.set(json, id);
      this.specs.set(id, spec);
      this.specJsons.set(id, json);
    }
    return id;
  }
}
