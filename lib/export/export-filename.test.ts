import { describe, expect, it } from "vitest";
import { exportFilename } from "./export-filename";

describe("exportFilename", () => {
  it("names the file after the group, in ASCII, with the id", () => {
    expect(exportFilename({ name: "Acme Suppliers — Q3 (Zürich)", groupId: "tgrp_1a", format: "csv" })).toBe(
      "acme-suppliers-q3-zurich-tgrp_1a.csv",
    );
    expect(exportFilename({ name: null, groupId: "tgrp_1a", format: "jsonl" })).toBe("task-group-tgrp_1a.jsonl");
    expect(exportFilename({ name: '"; rm -rf /', groupId: "tgrp_1a", format: "csv" })).toBe("rm-rf-tgrp_1a.csv");
    expect(exportFilename({ name: "日本語", groupId: "tgrp_1a", format: "csv" })).toBe("task-group-tgrp_1a.csv");
  });
});
