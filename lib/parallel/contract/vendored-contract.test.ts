import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED_CONTRACT_PATH, VENDORED_CONTRACT_PATH } from "@/lib/testing/contract";

describe("the vendored API contract", () => {
  it("is the shared contract, unchanged, wherever ../shared is present", () => {
    const vendored = JSON.parse(readFileSync(VENDORED_CONTRACT_PATH, "utf8")) as { paths: object };
    expect(Object.keys(vendored.paths).length).toBeGreaterThan(10);
    if (!existsSync(SHARED_CONTRACT_PATH)) return;
    expect(vendored).toEqual(JSON.parse(readFileSync(SHARED_CONTRACT_PATH, "utf8")));
  });
});
