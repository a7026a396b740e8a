import type { UpstreamConfig, UpstreamStatus } from "./upstream-status";

export type UpstreamHealth = "reachable" | "key_rejected" | "unreachable";

export interface UpstreamDescription {
  /** "Embedded emulator at http://127.0.0.1:4010" or "Parallel API at https://api.parallel.ai/v1beta" */
  label: string;
  health: UpstreamHealth;
  /** Short human text for the health, e.g. "reachable" or "unreachable: connect ECONNREFUSED …" */
  healthText: string;
}

/** "Embedded emulator at http://127.0.0.1:4010" or "Parallel API at https://api.parallel.ai/v1beta" */
export function describeUpstreamConfig(config: UpstreamConfig): string {
  return config.kind === "emulator" ? `Embedded emulator at ${config.baseUrl}` : `Parallel API at ${config.baseUrl}/${config.prefix}`;
}

export function describeUpstream(status: UpstreamStatus): UpstreamDescription {
  const label = describeUpstreamConfig(status);
  if (status.reachable) return { label, health: "reachable", healthText: "reachable" };
  if (status.status === 401) return { label, health: "key_rejected", healthText: "key rejected (401)" };
  return { label, health: "unreachable", healthText: `unreachable: ${status.error ?? "no answer"}` };
}
