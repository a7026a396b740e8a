import { describe, expect, it } from "vitest";
import { decodeCursor, encodeEventId, encodeRunCursor } from "./cursors";

describe("event cursors", () => {
  it("sort a status event between the run events around it, as strings and as positions", () => {
    const ids = [encodeEventId(0, 1), encodeEventId(1), encodeEventId(2), encodeEventId(2, 2), encodeEventId(3)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("decode to the position they were issued at", () => {
    expect(decodeCursor(encodeEventId(42), "e")).toEqual({ seq: 42, serial: 0 });
    expect(decodeCursor(encodeEventId(42, 7), "e")).toEqual({ seq: 42, serial: 7 });
    expect(decodeCursor(encodeRunCursor(9), "r")).toEqual({ seq: 9, serial: 0 });
  });

  it("reject cursors of another stream or of nobody", () => {
    expect(decodeCursor(encodeRunCursor(9), "e")).toBeNull();
    expect(decodeCursor(encodeEventId(9), "r")).toBeNull();
    expect(decodeCursor("123", "e")).toBeNull();
  });
});
