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
});
