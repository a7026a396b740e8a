import { describe, expect, it } from "vitest";
import { parseOpsEnv } from "./parse-ops-env";

describe("parseOpsEnv", () => {
  it("defaults to info logs, admins-only metrics and a 10 s shutdown", () => {
    expect(parseOpsEnv({})).toEqual({ logLevel: "info", metricsToken: null, shutdownTimeoutMs: 10_000 });
  });

  it("names each bad variable", () => {
    expect(() => parseOpsEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL: must be one of fatal, error/);
    expect(() => parseOpsEnv({ CONSOLE_METRICS_TOKEN: "short" })).toThrow(/CONSOLE_METRICS_TOKEN: must be 16 characters or more/);
    expect(() => parseOpsEnv({ CONSOLE_SHUTDOWN_TIMEOUT_MS: "soon" })).toThrow(/CONSOLE_SHUTDOWN_TIMEOUT_MS: must be a number/);
  });
});
