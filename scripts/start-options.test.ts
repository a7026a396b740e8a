import { describe, expect, it } from "vitest";
import { parseStartOptions } from "./start-options";

describe("parseStartOptions", () => {
  it("defaults to production mode on port 3000", () => {
    expect(parseStartOptions([], {})).toMatchObject({ dev: false, port: 3000 });
  });

  it("reads --dev and PORT", () => {
    expect(parseStartOptions(["--dev"], { PORT: "3100" })).toMatchObject({ dev: true, port: 3100 });
  });

  it("rejects a bad PORT or a bad Parallel setting by name", () => {
    expect(() => parseStartOptions([], { PORT: "http" })).toThrow(/PORT/);
    expect(() => parseStartOptions([], { PARALLEL_API_PREFIX: "v3" })).toThrow(/PARALLEL_API_PREFIX/);
  });
});
