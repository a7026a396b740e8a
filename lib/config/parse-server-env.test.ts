import { describe, expect, it } from "vitest";
import { InvalidServerEnvError } from "./parse-env-with";
import { parseServerEnv } from "./parse-server-env";

describe("parseServerEnv", () => {
  it("applies the defaults when nothing is set", () => {
    expect(parseServerEnv({})).toEqual({
      PARALLEL_API_KEY: undefined,
      PARALLEL_BASE_URL: "https://api.parallel.ai",
      PARALLEL_API_PREFIX: "v1",
      CONSOLE_UPSTREAM_KIND: "parallel",
      CONSOLE_LEASE_TTL_MS: 15_000,
      CONSOLE_DB: ".data/console.db",
    });
  });

  it("treats empty strings as unset", () => {
    const env = parseServerEnv({ PARALLEL_API_KEY: "", PARALLEL_API_PREFIX: "" });
    expect(env.PARALLEL_API_KEY).toBeUndefined();
    expect(env.PARALLEL_API_PREFIX).toBe("v1");
  });

  it("defaults to the generally available /v1 and still takes the legacy v1beta", () => {
    expect(parseServerEnv({}).PARALLEL_API_PREFIX).toBe("v1");
    expect(parseServerEnv({ PARALLEL_API_PREFIX: "v1beta" }).PARALLEL_API_PREFIX).toBe("v1beta");
  });

  it("strips trailing slashes from the base URL", () => {
    expect(parseServerEnv({ PARALLEL_BASE_URL: "http://127.0.0.1:4010/" }).PARALLEL_BASE_URL).toBe("http://127.0.0.1:4010");
  });

  it("names the variable when a value is invalid", () => {
    expect(() => parseServerEnv({ PARALLEL_API_PREFIX: "v2" })).toThrow(InvalidServerEnvError);
    expect(() => parseServerEnv({ PARALLEL_API_PREFIX: "v2" })).toThrow(/PARALLEL_API_PREFIX/);
    expect(() => parseServerEnv({ PARALLEL_BASE_URL: "ftp://x" })).toThrow(/PARALLEL_BASE_URL/);
    expect(() => parseServerEnv({ CONSOLE_UPSTREAM_KIND: "mock" })).toThrow(/CONSOLE_UPSTREAM_KIND/);
  });

  it("takes the lease TTL in milliseconds, 15 s unless set, and names the variable when it is not a number of ms", () => {
    expect(parseServerEnv({}).CONSOLE_LEASE_TTL_MS).toBe(15_000);
    expect(parseServerEnv({ CONSOLE_LEASE_TTL_MS: "2000" }).CONSOLE_LEASE_TTL_MS).toBe(2_000);
    expect(() => parseServerEnv({ CONSOLE_LEASE_TTL_MS: "15s" })).toThrow(/CONSOLE_LEASE_TTL_MS: .*"15s"/);
    expect(() => parseServerEnv({ CONSOLE_LEASE_TTL_MS: "5" })).toThrow(/CONSOLE_LEASE_TTL_MS: must be at least 100/);
  });

  it("takes a postgres:// DATABASE_URL and refuses anything else, naming the variable without echoing the password", () => {
    expect(parseServerEnv({ DATABASE_URL: "postgres://tgc@127.0.0.1:5432/console" }).DATABASE_URL).toBe(
      "postgres://tgc@127.0.0.1:5432/console",
    );
    expect(parseServerEnv({ DATABASE_URL: "postgresql://db/console" }).DATABASE_URL).toBe("postgresql://db/console");
    expect(parseServerEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://root:hunter2@db/console" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ .*root:\*\*\*@db/,
    );
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://root:hunter2@db/console" })).not.toThrow(/hunter2/);
  });
});
