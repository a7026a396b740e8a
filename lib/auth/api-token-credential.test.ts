import { describe, expect, it } from "vitest";
import { apiTokenOf } from "./api-token-credential";
import { scopeAllowed, tokenRole } from "./token-role";

const withHeaders = (headers: Record<string, string>) => new Request("http://console.test/api/groups", { headers });

describe("the personal API token a request carries", () => {
  it("is read from x-api-key (the SDK's header) or Authorization: Bearer", () => {
    expect(apiTokenOf(withHeaders({ "x-api-key": "tgc_abc" }))).toBe("tgc_abc");
    expect(apiTokenOf(withHeaders({ authorization: "Bearer tgc_def" }))).toBe("tgc_def");
    expect(apiTokenOf(withHeaders({ authorization: "bearer   tgc_ghi " }))).toBe("tgc_ghi");
  });

  it("is none for keys that are not the console's (a placeholder next to a session cookie) or no header", () => {
    expect(apiTokenOf(withHeaders({ "x-api-key": "ignored-by-the-gateway" }))).toBeNull();
    expect(apiTokenOf(withHeaders({ authorization: "Basic dGdjXzpwYXNz" }))).toBeNull();
    expect(apiTokenOf(withHeaders({}))).toBeNull();
  });
});

describe("what a token may do", () => {
  it("is a viewer's reading for a read token, and never more than its member's role", () => {
    expect(tokenRole("admin", "read")).toBe("viewer");
    expect(tokenRole("operator", "write")).toBe("operator");
    expect(tokenRole("viewer", "write")).toBe("viewer");
  });

  it("lets only operators and admins create write tokens", () => {
    expect(scopeAllowed("viewer", "write")).toBe(false);
    expect(scopeAllowed("viewer", "read")).toBe(true);
    expect(scopeAllowed("operator", "write")).toBe(true);
  });
});
