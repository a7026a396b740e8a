import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "./csv";

describe("csvField", () => {
  it("quotes only fields with commas, quotes or line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("")).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula but keeps numbers", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("+1 call")).toBe("'+1 call");
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvField("+3e5")).toBe("+3e5");
  });

  it("defuses formulas after leading spaces or line breaks, and full-width formula signs", () => {
    expect(csvField('  =HYPERLINK("http://x")')).toBe(`"'  =HYPERLINK(""http://x"")"`);
    expect(csvField(" @SUM(A1)")).toBe("' @SUM(A1)");
    expect(csvField("\u3000=1+1")).toBe("'\u3000=1+1");
    expect(csvField("\n=1+1")).toBe(`"'\n=1+1"`);
    expect(csvField("\tplain")).toBe("'\tplain");
    expect(csvField("\rplain")).toBe(`"'\rplain"`);
    expect(csvField("＝HYPERLINK(1)")).toBe("'＝HYPERLINK(1)");
    expect(csvField("＋1")).toBe("'＋1");
    expect(csvField("－1")).toBe("'－1");
    expect(csvField("＠SUM(A1)")).toBe("'＠SUM(A1)");
    expect(csvField("  plain text")).toBe("  plain text");
    expect(csvField("a = b")).toBe("a = b");
  });

  it("ends a record with CRLF", () => {
    expect(csvRecord(["a", "b,c", ""])).toBe('a,"b,c",\r\n');
  });
});
