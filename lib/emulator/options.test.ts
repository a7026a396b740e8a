import { describe, expect, it } from "vitest";
import { DEFAULT_EMULATOR_OPTIONS, emulatorOptionsFromEnv } from "./options";

describe("emulatorOptionsFromEnv", () => {
  it("reads every knob", () => {
    expect(
      emulatorOptionsFromEnv({
        EMULATOR_PORT: "4500",
        EMULATOR_TIME_SCALE: "0.5",
        EMULATOR_FAILURE_RATE: "0.25",
        EMULATOR_RATE_LIMIT_PER_MIN: "10",
        EMULATOR_RATE_LIMIT_WINDOW_MS: "15000",
        EMULATOR_DROP_AFTER_EVENTS: "7",
        EMULATOR_API_KEY: "secret",
        EMULATOR_CONCURRENCY: "3",
        EMULATOR_HOSTILE_CONTENT: "1",
        EMULATOR_HEARTBEAT_MS: "200",
        EMULATOR_DB: "/tmp/x.db",
        EMULATOR_API_PREFIXES: "v1beta",
        UNRELATED: "x",
      }),
    ).toEqual({
      port: 4500,
      timeScale: 0.5,
      failureRate: 0.25,
      rateLimitPerMin: 10,
      rateLimitWindowMs: 15_000,
      dropAfterEvents: 7,
      apiKey: "secret",
      concurrency: 3,
      hostileContent: true,
      heartbeatMs: 200,
      dbPath: "/tmp/x.db",
      apiPrefixes: ["v1beta"],
    });
  });

  it("names the variable that is wrong", () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_FAILURE_RATE: "2" })).toThrow(/EMULATOR_FAILURE_RATE/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_PORT: "abc" })).toThrow(/EMULATOR_PORT/);
  });

  it("serves both prefixes unless EMULATOR_API_PREFIXES names some", () => {
    expect(DEFAULT_EMULATOR_OPTIONS.apiPrefixes).toEqual(["v1", "v1beta"]);
    expect(emulatorOptionsFromEnv({ EMULATOR_API_PREFIXES: " v1 , v1beta,v1" }).apiPrefixes).toEqual(["v1", "v1beta"]);
    expect(emulatorOptionsFromEnv({ EMULATOR_API_PREFIXES: "" }).apiPrefixes).toBeUndefined();
  });

  it("names EMULATOR_API_PREFIXES and the accepted prefixes when it lists another", () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_API_PREFIXES: "v1,v2" })).toThrow(
      /EMULATOR_API_PREFIXES="v1,v2": must be a comma-separated list of v1, v1beta/,
    );
    expect(() => emulatorOptionsFromEnv({ EMULATOR_API_PREFIXES: " , " })).toThrow(/EMULATOR_API_PREFIXES/);
  });

  it("reads the status rates, the webhook secret, the credit and the allowed processors", () => {
    expect(
      emulatorOptionsFromEnv({
        EMULATOR_CANCEL_RATE: "0.1",
        EMULATOR_ACTION_REQUIRED_RATE: "0.2",
        EMULATOR_WEBHOOK_SECRET: "whsec_c2VjcmV0",
        EMULATOR_CREDIT_USD: "12.5",
        EMULATOR_PROCESSORS: "lite, core-fast",
      }),
    ).toEqual({
      cancelRate: 0.1,
      actionRequiredRate: 0.2,
      webhookSecret: "whsec_c2VjcmV0",
      creditUsd: 12.5,
      allowedProcessors: ["lite", "core-fast"],
    });
    expect(DEFAULT_EMULATOR_OPTIONS).toMatchObject({
      cancelRate: 0,
      actionRequiredRate: 0,
      creditUsd: undefined,
      allowedProcessors: undefined,
    });
  });

  it("names the variable and the bad value for the new knobs", () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_CANCEL_RATE: "1.5" })).toThrow(/EMULATOR_CANCEL_RATE/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_ACTION_REQUIRED_RATE: "-1" })).toThrow(/EMULATOR_ACTION_REQUIRED_RATE/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_CREDIT_USD: "lots" })).toThrow(/EMULATOR_CREDIT_USD/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_PROCESSORS: "lite,turbo" })).toThrow(
      /EMULATOR_PROCESSORS="lite,turbo": "turbo" is not a processor/,
    );
  });
});
