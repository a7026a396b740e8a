import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_FILE_BYTES } from "./limits";
import { parseSource, tooLargeNote, type ParseSourceOptions } from "./parse-source";

const csv: ParseSourceOptions = { fileName: "companies.csv", encoding: "utf-8", hasHeader: true };
const bytes = (text: string) => new TextEncoder().encode(text);

async function table(input: Uint8Array | string, options: Partial<ParseSourceOptions> = {}) {
  const result = await parseSource(input, { ...csv, ...options });
  if (!result.ok) throw new Error(`expected a table, got: ${result.fatal.message}`);
  return result.table;
}

async function fatal(input: Uint8Array | string, options: Partial<ParseSourceOptions> = {}) {
  const result = await parseSource(input, { ...csv, ...options });
  if (result.ok) throw new Error("expected a fatal problem");
  return result;
}

describe("parseSource: CSV and TSV", () => {
  it("reads a header and rows, inferring column types", async () => {
    const t = await table(bytes("name,employees,public,zip\nAcme,120,true,02139\nGlobex,7,false,10001\n"));
    expect(t.format).toBe("csv");
    expect(t.columns).toEqual([
      { name: "name", inferredType: "string" },
      { name: "employees", inferredType: "integer" },
      { name: "public", inferredType: "boolean" },
      // A leading zero keeps a column text: "02139" is a ZIP code.
      { name: "zip", inferredType: "string" },
    ]);
    expect(t.rows).toEqual([
      { row: 1, cells: ["Acme", "120", "true", "02139"] },
      { row: 2, cells: ["Globex", "7", "false", "10001"] },
    ]);
    expect(t.notes).toEqual([]);
  });

  it("keeps quoted commas and newlines inside a value", async () => {
    const t = await table(bytes('name,note\n"Acme, Inc.","line one\nline two"\n'));
    expect(t.rows[0].cells).toEqual(["Acme, Inc.", "line one\nline two"]);
  });

  it("reads TSV by extension and by content", async () => {
    expect((await table(bytes("a\tb\n1\t2\n"), { fileName: "x.tsv" })).rows[0].cells).toEqual(["1", "2"]);
    expect((await table("a\tb\n1\t2", { fileName: null })).format).toBe("tsv");
  });

  it("says so when values are separated by semicolons", async () => {
    const t = await table(bytes("a;b\n1;2\n3;4\n"));
    expect(t.rows[0].cells).toEqual(["1", "2"]);
    expect(t.notes.map((n) => n.message)).toContain("Values are separated by ';'.");
  });

  it("rejects an empty file", async () => {
    expect((await fatal(new Uint8Array())).fatal).toMatchObject({ code: "empty_file", message: "The file is empty (0 bytes)." });
    expect((await fatal(bytes("  \n\n"))).fatal.message).toBe("The file contains only blank space: there is nothing to submit.");
  });

  it("rejects a header without rows, and rows that are all empty", async () => {
    expect((await fatal(bytes("name,city\n"))).fatal).toMatchObject({
      code: "no_rows",
      message: "The file has a header row but no data rows.",
    });
    expect((await fatal(bytes("name,city\n,\n , \n"))).fatal.message).toBe("All 2 data rows are empty: there is nothing to submit.");
  });

  it("skips empty rows, says which, and keeps the file's row numbers", async () => {
    const t = await table(bytes("name\nAcme\n\nGlobex\n,\nInitech\n"));
    expect(t.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, "Acme"],
      [3, "Globex"],
      [5, "Initech"],
    ]);
    expect(t.notes).toEqual([{ code: "empty_rows", severity: "warning", message: "2 empty rows were skipped (rows 2 and 4)." }]);
  });

  it("names blank header cells and renames duplicates, with a warning each", async () => {
    const t = await table(bytes("name,,email,email\nAcme,x,a@x.io,b@x.io\n"));
    expect(t.columns.map((c) => c.name)).toEqual(["name", "column_2", "email", "email_2"]);
    expect(t.notes.map((n) => [n.code, n.message])).toEqual([
      ["missing_header", "Column 2 has no name in the header row; it was named 'column_2'. Rename or drop it below."],
      ["duplicate_header", "The header names 'email' twice (columns 3 and 4); the second was renamed 'email_2'. Rename or drop it below."],
    ]);
  });

  it("marks ragged rows with their value count", async () => {
    const t = await table(bytes("a,b,c\n1,2,3\n1,2\n1,2,3,4\n"));
    expect(t.rows.map((r) => r.issue)).toEqual([
      undefined,
      "Row has 2 values; the header has 3 columns.",
      "Row has 4 values; the header has 3 columns.",
    ]);
  });

  it("marks an unclosed quote", async () => {
    const t = await table(bytes('a,b\n1,"open\n'));
    expect(t.rows[0].issue).toBe('A quoted value is never closed (a " is missing).');
  });

  it("numbers columns when there is no header row", async () => {
    const t = await table(bytes("What is the capital of France?\nWho wrote Hamlet?\n"), { hasHeader: false });
    expect(t.columns.map((c) => c.name)).toEqual(["column_1"]);
    expect(t.rows.map((r) => r.row)).toEqual([1, 2]);
  });
});

describe("parseSource: encodings", () => {
  it("strips a UTF-8 byte-order mark and says so", async () => {
    const t = await table(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("name\nAcme\n")]));
    expect(t.columns[0].name).toBe("name");
    expect(t.notes).toEqual([
      {
        code: "bom",
        severity: "info",
        message: "The file starts with a UTF-8 byte-order mark (BOM); it was removed so the first column keeps its name.",
      },
    ]);
  });

  it("detects text that is not UTF-8, names the line, and offers Latin-1", async () => {
    const latin1 = new Uint8Array([...bytes("name\nAcme\nCaf"), 0xe9, ...bytes("\n")]);
    const result = await fatal(latin1);
    expect(result.offerLatin1).toBe(true);
    expect(result.fatal.code).toBe("not_utf8");
    expect(result.fatal.message).toContain("byte 0xE9 on line 3 is not valid UTF-8");
    expect(result.fatal.message).toContain("Latin-1");
    const reread = await table(latin1, { encoding: "windows-1252" });
    expect(reread.rows[1].cells).toEqual(["Café"]);
    expect(reread.notes.map((n) => n.message)).toEqual(["The file was read as Latin-1 (Windows-1252)."]);
  });

  it("reads UTF-16 with its byte-order mark", async () => {
    const text = "name\nZürich\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect((await table(utf16)).rows[0].cells).toEqual(["Zürich"]);
  });

  it("refuses a workbook or other binary file", async () => {
    expect((await fatal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).fatal.message).toContain('save it as "CSV UTF-8"');
    expect((await fatal(new Uint8Array([0x41, 0x00, 0x42]))).fatal.message).toContain("binary file");
  });

  it("refuses a file over the size limit, stating the limit", async () => {
    const result = await fatal(new Uint8Array(MAX_UPLOAD_FILE_BYTES + 10 * 1024 * 1024));
    expect(result.fatal).toMatchObject({ code: "too_large" });
    expect(result.fatal.message).toBe(
      'The file is 60 MB; the limit is 50 MB. Split it into smaller files and add each to the same group with "Add runs".',
    );
    expect(tooLargeNote(MAX_UPLOAD_FILE_BYTES)).toBeNull();
    expect(tooLargeNote(MAX_UPLOAD_FILE_BYTES + 1)?.message).toMatch(/^The file is 52,428,801 bytes; the limit is 50 MB\./);
  });
});

describe("parseSource: JSON and JSON Lines", () => {
  it("reads an array of objects; keys become columns in order of appearance", async () => {
    const t = await table(bytes('[{"name":"Acme","size":3},{"name":"Globex","tags":["a"]}]'), { fileName: "rows.json" });
    expect(t.columns).toEqual([
      { name: "name", inferredType: "string" },
      { name: "size", inferredType: "integer" },
      { name: "tags", inferredType: "json" },
    ]);
    expect(t.rows[1].cells).toEqual(["Globex", undefined, ["a"]]);
  });

  it("reads an array of strings as text inputs", async () => {
    const t = await table(bytes('["one", "two"]'), { fileName: "q.json" });
    expect(t.textRows).toBe(true);
    expect(t.rows.map((r) => r.cells[0])).toEqual(["one", "two"]);
  });

  it("names the line and column of invalid JSON", async () => {
    const result = await fatal(bytes('[\n  {"name": "Acme"},\n  {"name": "Globex",}\n]'), { fileName: "rows.json" });
    expect(result.fatal.code).toBe("invalid_json");
    expect(result.fatal.message).toMatch(/^Invalid JSON on line 3, column 21: /);
  });

  it("names the end of a truncated JSON file", async () => {
    const result = await fatal(bytes('[{"a": 1},\n{"a": 2'), { fileName: "rows.json" });
    expect(result.fatal.message).toMatch(/^Invalid JSON on line 2, column 8: /);
  });

  it("asks for an array when the JSON is one object", async () => {
    const result = await fatal(bytes('{"name": "Acme"}'), { fileName: "rows.json" });
    expect(result.fatal.message).toBe(
      "The JSON file holds one object, not an array of rows. Put the rows in [ … ], or use JSON Lines (one object per line, .jsonl).",
    );
  });

  it("rejects an empty JSON array", async () => {
    expect((await fatal(bytes("[]"), { fileName: "rows.json" })).fatal.message).toBe("The JSON array is empty: there are no rows.");
  });

  it("reads JSON Lines and marks a bad line with its number", async () => {
    const t = await table(bytes('{"name":"Acme"}\n{"name": Globex}\n\n{"name":"Initech"}\n'), { fileName: "rows.jsonl" });
    expect(t.rows.map((r) => [r.row, r.issue ?? r.cells[0]])).toEqual([
      [1, "Acme"],
      [2, expect.stringMatching(/^Invalid JSON on line 2, column 10: /)],
      [4, "Initech"],
    ]);
    expect(t.notes.map((n) => n.message)).toEqual(["1 empty line was skipped (line 3)."]);
  });

  it("marks a row that is not an object among objects", async () => {
    const t = await table(bytes('{"a":1}\n"text"\n'), { fileName: "rows.jsonl" });
    expect(t.rows[1].issue).toBe("Row is a string; the other rows are objects.");
  });
});
