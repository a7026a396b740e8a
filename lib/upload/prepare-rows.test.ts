import { describe, expect, it } from "vitest";
import { deepJsonText } from "../testing/deep-json";
import { defaultInputConfig } from "./draft";
import { parseSource } from "./parse-source";
import { createRowPreparer, summarizeTable } from "./prepare-rows";
import type { InputConfig, RawTable } from "./types";

async function tableOf(text: string, fileName = "rows.csv"): Promise<RawTable> {
  const result = await parseSource(text, { fileName, encoding: "utf-8", hasHeader: true });
  if (!result.ok) throw new Error(result.fatal.message);
  return result.table;
}

const auto = { type: "auto" } as const;

describe("summarizeTable", () => {
  it("coerces numbers and booleans as the columns say, leaving empty cells out", async () => {
    const table = await tableOf("name,employees,public\nAcme,120,yes\nGlobex,,false\n");
    const config = defaultInputConfig(table.columns, false);
    config.columns[2].type = "boolean";
    const summary = summarizeTable(table, config, auto);
    expect(summary.preview.map((p) => p.input)).toEqual([
      { name: "Acme", employees: 120, public: true },
      { name: "Globex", public: false },
    ]);
    expect(summary).toMatchObject({ totalRows: 2, validRows: 2, invalidRows: 0, submitRows: 2, issues: [] });
    expect(summary.taskSpec.input_schema).toEqual({
      type: "json",
      json_schema: {
        type: "object",
        properties: { name: { type: "string" }, employees: { type: "integer" }, public: { type: "boolean" } },
        additionalProperties: false,
      },
    });
  });

  it("lists each bad cell with its row and field, and submits nothing unless the rows are left out", async () => {
    const table = await tableOf("name,employees\nAcme,120\nGlobex,lots\nInitech,1.5\n,3\n");
    const config: InputConfig = { ...defaultInputConfig(table.columns, false), dropInvalidRows: false };
    config.columns[0].required = true;
    // "lots" makes the column text by inference; the user says it holds whole numbers.
    expect(config.columns[1].type).toBe("string");
    config.columns[1].type = "integer";
    const summary = summarizeTable(table, config, auto);
    expect(summary.issues).toEqual([
      { row: 2, field: "employees", message: "'lots' is not a number" },
      { row: 3, field: "employees", message: "'1.5' is not a whole number" },
      { row: 4, field: "name", message: "A value is required" },
    ]);
    expect(summary).toMatchObject({ invalidRows: 3, validRows: 1, submitRows: 0 });
    expect(summarizeTable(table, { ...config, dropInvalidRows: true }, auto).submitRows).toBe(1);
  });

  it("checks the required columns without the input schema too", async () => {
    const table = await tableOf("name,city\nAcme,\n");
    const config = { ...defaultInputConfig(table.columns, false), useInputSchema: false };
    config.columns[1].required = true;
    expect(summarizeTable(table, config, auto).issues).toEqual([{ row: 1, field: "city", message: "A value is required" }]);
  });

  it("counts the task spec toward the 25,000-character limit of every row", async () => {
    const long = "x".repeat(24_900);
    const table = await tableOf(`question\nshort\n${long}\n`);
    const config = defaultInputConfig(table.columns, false);
    expect(config.mode).toBe("text");
    const summary = summarizeTable(table, config, { type: "text", description: "y".repeat(200) });
    expect(summary.issues).toHaveLength(1);
    expect(summary.issues[0].row).toBe(2);
    expect(summary.issues[0].message).toMatch(
      /^Task spec plus input is 25,\d{3} characters; the limit is 25,000 \(the task spec takes \d+\)$/,
    );
  });

  it("turns a ragged row into a row problem", async () => {
    const table = await tableOf("a,b\n1,2\n3\n");
    expect(summarizeTable(table, defaultInputConfig(table.columns, false), auto).issues).toEqual([
      { row: 2, field: null, message: "Row has 1 value; the header has 2 columns." },
    ]);
  });

  it("refuses a setup without columns or with two columns of one name", async () => {
    const table = await tableOf("a,b\n1,2\n");
    const config = defaultInputConfig(table.columns, false);
    expect(summarizeTable(table, { ...config, columns: config.columns.map((c) => ({ ...c, include: false })) }, auto).configError).toBe(
      "Choose at least one column to send.",
    );
    expect(summarizeTable(table, { ...config, columns: config.columns.map((c) => ({ ...c, name: "same" })) }, auto).configError).toBe(
      "Two chosen columns are named 'same'; rename one or leave one out.",
    );
  });

  it("uses renamed columns and leaves dropped ones out", async () => {
    const table = await tableOf("Company Name,Secret\nAcme,xyz\n");
    const config = defaultInputConfig(table.columns, false);
    config.columns[0].name = "company";
    config.columns[1].include = false;
    const preparer = createRowPreparer(table, config, auto);
    expect(preparer.prepare(table.rows[0]).input).toEqual({ company: "Acme" });
  });

  it("marks an empty text input", async () => {
    const table = await tableOf('["What is X?", "  "]', "q.json");
    const summary = summarizeTable(table, defaultInputConfig(table.columns, true), auto);
    expect(summary.issues).toEqual([{ row: 2, field: null, message: "The input is empty" }]);
  });

  it("turns a value nested 5,000 levels deep into a problem of its row and field, leaving it out of the input", async () => {
    const deep = deepJsonText(5_000);
    const jsonl = await tableOf(`{"company":"Acme","hq":{"city":"Paris"}}\n{"company":"Globex","hq":${deep}}\n`, "rows.jsonl");
    const summary = summarizeTable(jsonl, defaultInputConfig(jsonl.columns, false), auto);
    expect(summary.issues).toEqual([{ row: 2, field: "hq", message: "The input would nest 5001 levels deep; the limit is 64" }]);
    expect(summary).toMatchObject({ validRows: 1, invalidRows: 1 });
    expect(summary.preview[1].input).toEqual({ company: "Globex" });

    // A CSV cell holding such JSON text, read as a JSON column.
    const csv = await tableOf(`company,hq\nGlobex,"${deep.replace(/"/g, '""')}"\n`);
    const config = defaultInputConfig(csv.columns, false);
    config.columns[1].type = "json";
    expect(summarizeTable(csv, config, auto).issues).toEqual([
      { row: 1, field: "hq", message: "The input would nest 5001 levels deep; the limit is 64" },
    ]);
  });
});
