import { describe, expect, it } from "vitest";
import { groupIdFromReference } from "./group-reference";

const ID = "tgrp_0123456789abcdef0123456789abcdef";

describe("groupIdFromReference", () => {
  it("takes a bare id or a link to a group", () => {
    expect(groupIdFromReference(ID)).toBe(ID);
    expect(groupIdFromReference(`  ${ID}\n`)).toBe(ID);
    expect(groupIdFromReference(`http://localhost:3000/groups/${ID}`)).toBe(ID);
    expect(groupIdFromReference(`https://console.example.com/groups/${ID}/runs?status=failed#top`)).toBe(ID);
    expect(groupIdFromReference(`https://console.example.com/api/groups/${ID}`)).toBe(ID);
  });

  it("refuses anything else", () => {
    for (const text of [
      "",
      "tgrp_",
      "tgrp_has-dash",
      `tgrp_${"a".repeat(65)}`,
      "trun_abc",
      `https://x.example/runs/${ID}`,
      `https://x.example/groups/`,
      `groups/${ID}`,
    ]) {
      expect(groupIdFromReference(text), text).toBeNull();
    }
  });
});
