// GET /api/ready: 200 when the console can serve, else a 503 error naming the problem.

export interface ReadyStatus {
  status: "ready";
  checks: { database: "ok" };
}
