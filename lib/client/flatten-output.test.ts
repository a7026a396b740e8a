import { describe, expect, it } from "vitest";
import type { TaskRunOutput } from "../parallel/types";
import { cellText, ColumnSet, flattenInput, flattenOutput, markdownToPlainText, truncateText } from "./flatten-output";

const jsonOutput = (content: Record<string, unknown>): TaskRunOutput => ({ type: "json", content, basis: [] });

describe("flattenOutput", () => {
  it("gives one cell per field, nested objects as dotted keys in schema order", () => {
    const cells = flattenOutput(
      jsonOutput({ name: "Acme", headquarters: { city: "Oslo", coordinates: { lat: 59.9, lon: 10.7 } }, employees: 12, public: false }),
    );
    expect(cells).toEqual({
      "output.name": "Acme",
      "output.headquarters.city": "Oslo",
      "output.headquarters.coordinates.lat": "59.9",
      "output.headquarters.coordinates.lon": "10.7",
      "output.employees": "12",
      "output.public": "false",
    });
    expect(Object.keys(cells)[1]).toBe("output.headquarters.city");
  });

  it("joins arrays of scalars in previews and keeps arrays of objects as JSON", () => {
    const cells = flattenOutput(jsonOutput({ tags: ["a", "b", 3], executives: [{ name: "Ann", role: "ceo" }], none: null, empty: {} }));
    expect(cells["output.tags"]).toBe("a, b, 3");
    expect(cells["output.executives"]).toBe('[{"name":"Ann","role":"ceo"}]');
    expect(cells["output.none"]).toBe("");
    expect(cells["output.empty"]).toBe("{}");
  });

  it("keeps exact values for the export: arrays as JSON, text unchanged", () => {
    const exact = { mode: "exact" } as const;
    expect(flattenOutput(jsonOutput({ tags: ["a", "b"], note: "two\nlines" }), exact)).toEqual({
      "output.tags": '["a","b"]',
      "output.note": "two\nlines",
    });
    const markdown = "## Title\n\n- **bold** item";
    expect(flattenOutput({ type: "text", content: markdown, basis: [] }, exact)).toEqual({ output: markdown });
  });

  it("gives text output as one plain-text cell and nothing for a missing output", () => {
    expect(flattenOutput({ type: "text", content: "## Acme: research summary\n\nIt **grew**.", basis: [] })).toEqual({
      output: "Acme: research summary It grew.",
    });
    expect(flattenOutput(null)).toEqual({});
    expect(flattenOutput(undefined)).toEqual({});
  });
});

describe("flattenInput", () => {
  it("makes a text input one `input` cell and an object input one cell per key", () => {
    expect(flattenInput("Find  the\ncompany")).toEqual({ input: "Find the company" });
    expect(flattenInput({ company: "Acme", address: { city: "Oslo" }, ids: [1, 2] })).toEqual({
      "input.company": "Acme",
      "input.address.city": "Oslo",
      "input.ids": "1, 2",
    });
    expect(flattenInput(null)).toEqual({});
  });
});

describe("cellText", () => {
  it("renders scalars as themselves and hostile markup as plain characters", () => {
    expect(cellText(0)).toBe("0");
    expect(cellText(true)).toBe("true");
    expect(cellText("<script>window.__pwned=1</script>")).toBe("<script>window.__pwned=1</script>");
  });
});

describe("ColumnSet", () => {
  it("collects the union of columns in first-seen order", () => {
    const columns = new ColumnSet().add({ "output.a": "1", "output.b": "2" }).add({ "output.a": "3", "output.c": "4" });
    expect(columns.keys).toEqual(["output.a", "output.b", "output.c"]);
    expect(columns.size).toBe(3);
  });
});

describe("markdownToPlainText", () => {
  it("drops Markdown syntax and keeps the words", () => {
    const markdown = [
      "## Acme: research summary",
      "Reportedly **Acme** grew *fast* and `quickly`.",
      "### Key findings",
      "- **Leadership:** Acme hired.",
      "1. First",
      "> quoted",
      "| Aspect | Assessment |",
      "| --- | --- |",
      "| Outlook | Strong |",
      "See [Acme on news.example.com](https://news.example.com/acme) and ![logo](https://x.example/logo.png).",
    ].join("\n");
    expect(markdownToPlainText(markdown)).toBe(
      "Acme: research summary Reportedly Acme grew fast and quickly. Key findings Leadership: Acme hired. First quoted Aspect Assessment Outlook Strong See Acme on news.example.com and logo.",
    );
  });

  it("keeps HTML as literal text and drops javascript: link targets", () => {
    const text = markdownToPlainText(
      'Hi <script>window.__pwned=1</script> [click me](javascript:window.__pwned=1) <img src=x onerror="x">',
    );
    expect(text).toBe('Hi <script>window.__pwned=1</script> click me <img src=x onerror="x">');
  });

  it("leaves snake_case words and lone asterisks alone", () => {
    expect(markdownToPlainText("revenue_usd is 5 * 3")).toBe("revenue_usd is 5 * 3");
  });
});

describe("truncateText", () => {
  it("keeps short text and cuts long text at a word with an ellipsis", () => {
    expect(truncateText("short", 10)).toBe("short");
    const cut = truncateText("alpha beta gamma delta epsilon", 20);
    expect(cut).toBe("alpha beta gamma…");
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(truncateText("x".repeat(30), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
