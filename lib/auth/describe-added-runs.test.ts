import { describe, expect, it } from "vitest";
import { priceTable } from "../parallel/price-table";
import { describeAddedRuns } from "./describe-added-runs";

describe("describeAddedRuns", () => {
  it("prices the runs at the console's prices, negotiated ones included", () => {
    const body = JSON.stringify({
      inputs: [{ processor: "core" }, { processor: "core-fast" }, { processor: "lite", metadata: { retry_of: "trun_1" } }],
    });
    expect(describeAddedRuns(body)).toEqual({
      count: 3,
      processors: { core: 1, "core-fast": 1, lite: 1 },
      estimatedUsd: 0.055,
      retries: 1,
    });
    expect(describeAddedRuns(body, priceTable({ core: 20 })).estimatedUsd).toBe(0.045);
  });
});
