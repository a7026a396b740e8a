import { describe, expect, it } from "vitest";
import { nextServerArgs, parseStartOptions } from "./start-options";

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

  it("binds next to 127.0.0.1 unless HOST says otherwise", () => {
    expect(nextServerArgs(parseStartOptions([], {}))).toEqual(["start", "-H", "127.0.0.1", "-p", "3000"]);
    expect(nextServerArgs(parseStartOptions(["--dev"], { HOST: "0.0.0.0", PORT: "3100" }))).toEqual(["dev", "-H", "0.0.0.0", "-p", "3100"]);
    expect(nextServerArgs(parseStartOptions([], { HOST: "::" }))).toEqual(["start", "-H", "::", "-p", "3000"]);
  });

  it("rejects a bad HOST or a bad security setting by name before starting anything", () => {
    expect(() => parseStartOptions([], { HOST: "0.0.0.0; rm -rf" })).toThrow(/HOST/);
    expect(() => parseStartOptions([], { CONSOLE_URL: "console.example.com" })).toThrow(/CONSOLE_URL/);
    expect(() => parseStartOptions([], { CONSOLE_ALLOWED_HOSTS: "https://console.lan" })).toThrow(/CONSOLE_ALLOWED_HOSTS/);
    expect(() => parseStartOptions([], { CONSOLE_ADMIN_EMAIL: "owner@example.com", CONSOLE_ADMIN_PASSWORD: "short" })).toThrow(
      /CONSOLE_ADMIN_PASSWORD/,
    );
  });
});
