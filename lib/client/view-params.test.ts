import { describe, expect, it } from "vitest";
import { groupsListParams, loadGroupsUrl } from "./groups-view-params";
import { loadRunsUrl, runsPageParams, runsViewFrom } from "./runs-view-params";

// The server reads a link's search params into the same query params the browser's hooks key on.

describe("the runs table's view from a link", () => {
  it("keys the page, filter, size and shown columns", () => {
    const view = runsViewFrom(loadRunsUrl("?status=failed&q=acme&page=3&pageSize=25&output=true"));
    expect(runsPageParams(view)).toEqual({ status: "failed", q: "acme", page: 3, pageSize: 25, fields: "output" });
  });

  it("reads a missing, zero or unknown value as the table does", () => {
    const view = runsViewFrom(loadRunsUrl("?status=nonsense&page=0&pageSize=7&input=true&output=true"));
    expect(runsPageParams(view)).toEqual({ status: null, q: "", page: 1, pageSize: 50, fields: "input,output" });
  });
});

describe("the groups list's view from a link", () => {
  it("keys the search, sort, size and the cursor of the page reached", () => {
    expect(groupsListParams(loadGroupsUrl("?q=demo&sort=name&order=asc&size=10&after=c1,c2"))).toEqual({
      q: "demo",
      sort: "name",
      order: "asc",
      limit: 10,
      cursor: "c2",
    });
  });

  it('keeps "Created by: me" in the link, and reads anything else as anyone\'s groups', () => {
    expect(groupsListParams(loadGroupsUrl("?added_by=me"))).toEqual({
      q: "",
      sort: "added_at",
      order: "desc",
      limit: 25,
      cursor: null,
      added_by: "me",
    });
    expect(groupsListParams(loadGroupsUrl("?added_by=someone"))).not.toHaveProperty("added_by");
    expect(groupsListParams(loadGroupsUrl("?added_by=anyone"))).not.toHaveProperty("added_by");
  });

  it("shows the first page at the default size for a bare link or an unknown size", () => {
    expect(groupsListParams(loadGroupsUrl("?size=7"))).toEqual({ q: "", sort: "added_at", order: "desc", limit: 25, cursor: null });
  });
});
