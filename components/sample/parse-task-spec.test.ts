import { describe, expect, it } from "vitest";
import { parseTaskSpec } from "./parse-task-spec";

describe("parseTaskSpec", () => {
  it("keeps each run's own spec when left empty", () => {
    expect(parseTaskSpec("  ")).toEqual({ spec: null });
  });

  it("reads a spec and names what is wrong with a bad one", () => {
    expect(parseTaskSpec('{"output_schema": {"type": "text"}}')).toEqual({ spec: { output_schema: { type: "text" } } });
    expect(parseTaskSpec("{oops")).toEqual({ error: expect.stringMatching(/^Task spec: not JSON/) });
    expect(parseTaskSpec('{"input_schema": "x"}')).toEqual({ error: expect.stringMatching(/^Task spec: 'output_schema' /) });
  });
});
