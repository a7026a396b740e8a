import { describe, expect, it } from "vitest";
import { isPublicPage } from "./page-access";

describe("pages open without sign-in", () => {
  it("include share links and the product's preview image, and no member-only page or its preview", () => {
    expect(isPublicPage("/share/tgs_abc")).toBe(true);
    expect(isPublicPage("/share/tgs_abc/opengraph-image")).toBe(true);
    expect(isPublicPage("/opengraph-image")).toBe(true);
    expect(isPublicPage("/share")).toBe(false);
    expect(isPublicPage("/shares/tgs_abc")).toBe(false);
    expect(isPublicPage("/groups/tgrp_1")).toBe(false);
    expect(isPublicPage("/groups/tgrp_1/opengraph-image")).toBe(false);
  });
});
