// GET /api/upstream: which upstream the console talks to and whether it answers.

export type { UpstreamStatus } from "../upstream/upstream-status";

export function upstreamStatusUrl(): string {
  return "/api/upstream";
}
