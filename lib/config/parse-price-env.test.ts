import { describe, expect, it } from "vitest";
import { parsePriceEnv } from "./parse-price-env";

describe("CONSOLE_PRICES", () => {
  it("keeps the documented prices when unset", () => {
    expect(parsePriceEnv({})).toMatchObject({ lite: 5, core: 25, "core-fast": 25 });
  });

  it("overrides a processor and its -fast variant, unless the variant has its own price", () => {
    expect(parsePriceEnv({ CONSOLE_PRICES: '{"core":20,"pro-fast":80}' })).toMatchObject({
      core: 20,
      "core-fast": 20,
      pro: 100,
      "pro-fast": 80,
    });
  });

  it("names the variable and the bad entry", () => {
    expect(() => parsePriceEnv({ CONSOLE_PRICES: '{"turbo":1}' })).toThrow(/CONSOLE_PRICES\.turbo: "turbo" is not a processor/);
    expect(() => parsePriceEnv({ CONSOLE_PRICES: '{"core":-1}' })).toThrow(/CONSOLE_PRICES\.core: must not be negative/);
    expect(() => parsePriceEnv({ CONSOLE_PRICES: '{"core":"cheap"}' })).toThrow(/CONSOLE_PRICES\.core: must be a number/);
    expect(() => parsePriceEnv({ CONSOLE_PRICES: "core=20" })).toThrow(/CONSOLE_PRICES: not JSON/);
  });
});
