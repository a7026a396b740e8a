import { describe, expect, it } from "vitest";
import { compareQuerySchema, compareRowsQuerySchema, compareRowsUrl, compareUrl } from "./compare";
import { groupReviewUrl, reviewQuerySchema } from "./group-review";

const queryOf = (url: string) => Object.fromEntries(new URL(url, "http://console.test").searchParams);

describe("compare and review contracts", () => {
  it("read back what the URL builders wrote", () => {
    expect(compareQuerySchema.parse(queryOf(compareUrl({ groups: "tgrp_a,tgrp_b", match: "field", by: "company" })))).toEqual({
      groups: ["tgrp_a", "tgrp_b"],
      matchBy: { mode: "field", field: "company" },
    });
    expect(
      compareRowsQuerySchema.parse(
        queryOf(compareRowsUrl({ groups: "tgrp_a,tgrp_b,tgrp_c", show: "disagreements", field: "ceo", low: 1, limit: 20 })),
      ),
    ).toMatchObject({
      groups: ["tgrp_a", "tgrp_b", "tgrp_c"],
      matchBy: { mode: "source" },
      show: "disagreements",
      field: "ceo",
      low: 1,
      limit: 20,
    });
    expect(reviewQuerySchema.parse(queryOf(groupReviewUrl({ id: "tgrp_a" }, { levels: "low,medium" })))).toMatchObject({
      levels: ["low", "medium"],
    });
  });

  it("name what is wrong: one group, a group twice, four groups, a bad id", () => {
    const message = (groups: string) => compareQuerySchema.safeParse({ groups }).error?.issues[0]?.message;
    expect(message("tgrp_a")).toMatch(/2 or 3 groups/);
    expect(message("tgrp_a,tgrp_a")).toMatch(/each group once/);
    expect(message("tgrp_a,tgrp_b,tgrp_c,tgrp_d")).toMatch(/2 or 3 groups/);
    expect(message("tgrp_a,nope")).toMatch(/must be a group id/);
  });
});
