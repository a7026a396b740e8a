// GET /api/ready: 200 when the console can serve (database and upstream), else a 503 error whose
// detail carries the same checks, so a probe's log says which dependency failed and how slowly.

/** One dependency's answer: whether it passed, how long it took, and why not. */
export interface ReadyCheck {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface ReadyChecks {
  database: ReadyCheck;
  upstream: ReadyCheck;
}

export interface ReadyStatus {
  status: "ready";
  checks: ReadyChecks;
}
