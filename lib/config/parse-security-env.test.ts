import { describe, expect, it } from "vitest";
import { InvalidServerEnvError } from "./parse-env-with";
import { parseSecurityEnv } from "./parse-security-env";

describe("parseSecurityEnv", () => {
  it("answers to loopback names only and trusts no proxy by default", () => {
    expect(parseSecurityEnv({})).toEqual({
      allowedHosts: ["localhost", "127.0.0.1", "[::1]"],
      consoleOrigin: undefined,
      trustProxy: false,
    });
  });

  it("adds the host of CONSOLE_URL and keeps only its origin", () => {
    expect(parseSecurityEnv({ CONSOLE_URL: "https://Console.Example.com/groups/" })).toMatchObject({
      allowedHosts: ["localhost", "127.0.0.1", "[::1]", "console.example.com"],
      consoleOrigin: "https://console.example.com",
    });
  });

  it("takes CONSOLE_ALLOWED_HOSTS as a comma-separated list instead of the loopback names", () => {
    const policy = parseSecurityEnv({ CONSOLE_ALLOWED_HOSTS: " Console.lan , 10.0.0.5:3000,", CONSOLE_URL: "http://console.lan:3000" });
    expect(policy.allowedHosts).toEqual(["console.lan", "10.0.0.5:3000", "console.lan:3000"]);
  });

  it("reads CONSOLE_TRUST_PROXY as a flag", () => {
    expect(parseSecurityEnv({ CONSOLE_TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(parseSecurityEnv({ CONSOLE_TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(parseSecurityEnv({ CONSOLE_TRUST_PROXY: "" }).trustProxy).toBe(false);
  });

  it("names the variable when a value is invalid", () => {
    expect(() => parseSecurityEnv({ CONSOLE_URL: "console.example.com" })).toThrow(InvalidServerEnvError);
    expect(() => parseSecurityEnv({ CONSOLE_URL: "ftp://console.example.com" })).toThrow(/CONSOLE_URL/);
    expect(() => parseSecurityEnv({ CONSOLE_ALLOWED_HOSTS: "http://console.lan" })).toThrow(
      /CONSOLE_ALLOWED_HOSTS: 'http:\/\/console.lan' is not a host name/,
    );
    expect(() => parseSecurityEnv({ CONSOLE_ALLOWED_HOSTS: " , " })).toThrow(/CONSOLE_ALLOWED_HOSTS/);
    expect(() => parseSecurityEnv({ CONSOLE_TRUST_PROXY: "yes" })).toThrow(/CONSOLE_TRUST_PROXY/);
  });
});
