import { describe, expect, it } from "vitest";
import { csvField, csvRecord } from "./csv";

describe("csvField", () => {
  it.each([
    // Quotes only fields with commas, quotes or line breaks, doubling quotes.
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
    // Defuses text a spreadsheet would run as a formula but keeps numbers.
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["+1 call", "'+1 call"],
    ["-12.5", "-12.5"],
    ["+3e5", "+3e5"],
    // Defuses formulas after leading spaces or line breaks, and full-width formula signs.
    ['  =HYPERLINK("http://x")', `"'  =HYPERLINK(""http://x"")"`],
    [" @SUM(A1)", "' @SUM(A1)"],
    ["\u3000=1+1", "'\u3000=1+1"],
    ["\n=1+1", `"'\n=1+1"`],
    ["\tplain", "'\tplain"],
    ["\rplain", `"'\rplain"`],
    ["＝HYPERLINK(1)", "'＝HYPERLINK(1)"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["  plain text", "  plain text"],
    ["a = b", "a = b"],
  ])("writes %j as %j", (field, expected) => {
    expect(csvField(field)).toBe(expected);
  });

  it("ends a record with CRLF", () => {
    expect(csvRecord(["a", "b,c", ""])).toBe('a,"b,c",\r\n');
  });
});
