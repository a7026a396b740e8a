import { describe, expect, it } from "vitest";
import { contractDocument, expectResponseBody, expectSchema, expectStreamEvent, responseSchemaFor } from "./contract";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EVENTS_TEMPLATE = "/v1/tasks/groups/{taskgroup_id}/events";

function contractExample(template: string, status: string, contentType: string): Json {
  const paths = contractDocument().paths as Json;
  return paths[template].get.responses[status].content[contentType].example;
}

describe("responseSchemaFor", () => {
  it("finds the event-stream schema of the events operation and accepts the contract's own example", () => {
    const schema = responseSchemaFor("GET", EVENTS_TEMPLATE, 200)!;
    expect(schema.contentType).toBe("text/event-stream");
    expect([...schema.byEventType!.keys()].sort()).toEqual(["error", "task_group_status", "task_run.state"]);
    const example = contractExample(EVENTS_TEMPLATE, "200", "text/event-stream");
    expect(schema.validate(example)).toBe(true);
    expect(() => expectStreamEvent("GET", EVENTS_TEMPLATE, example)).not.toThrow();
  });

  it("rejects a broken example and says where it broke", () => {
    const example = contractExample(EVENTS_TEMPLATE, "200", "text/event-stream");
    const broken = { ...example, status: { ...example.status, is_active: "no" } };
    expect(() => expectStreamEvent("GET", EVENTS_TEMPLATE, broken)).toThrow(/\/status\/is_active must be boolean/);
  });

  it("matches a concrete path to its template", () => {
    const schema = responseSchemaFor("get", "/v1beta/tasks/groups/tgrp_1/runs/trun_2?x=1", 200)!;
    expect(schema.pathTemplate).toBe("/v1beta/tasks/groups/{taskgroup_id}/runs/{run_id}");
    expect(schema.contentType).toBe("application/json");
  });

  it("falls back to the /v1 twin for single-run endpoints the contract lists under /v1 only", () => {
    expect(responseSchemaFor("GET", "/v1beta/tasks/runs/trun_1/result", 408)?.pathTemplate).toBe("/v1/tasks/runs/{run_id}/result");
  });

  it("returns undefined for a status the operation does not document", () => {
    expect(responseSchemaFor("GET", "/v1/tasks/groups/{taskgroup_id}", 404)).toBeUndefined();
    expect(() => expectResponseBody("GET", "/v1/tasks/groups/{taskgroup_id}", 404, {})).toThrow(/documents no 404/);
  });

  it("checks the contract's 404 example against ErrorResponse and refuses other event types on the runs stream", () => {
    expect(() =>
      expectResponseBody("GET", EVENTS_TEMPLATE, 404, contractExample(EVENTS_TEMPLATE, "404", "application/json")),
    ).not.toThrow();
    const statusEvent = contractExample(EVENTS_TEMPLATE, "200", "text/event-stream");
    expect(() => expectStreamEvent("GET", "/v1/tasks/groups/tgrp_1/runs", statusEvent)).toThrow(/not one the contract allows/);
  });
});

describe("expectSchema", () => {
  const run = {
    run_id: "trun_e0083b6aac0544eb8686e8d2a76533d2",
    interaction_id: "trun_e0083b6aac0544eb8686e8d2a76533d2",
    status: "queued",
    is_active: true,
    processor: "base",
    created_at: "2025-04-24T18:56:22.513132Z",
    modified_at: "2025-04-24T18:56:22.513132Z",
  };

  it("accepts a well-formed TaskRun", () => {
    expect(() => expectSchema("TaskRun", run)).not.toThrow();
  });

  it("lists every problem with a malformed one", () => {
    const broken: Record<string, unknown> = { ...run, status: "done" };
    delete broken.processor;
    expect(() => expectSchema("TaskRun", broken)).toThrow(
      /must have required property 'processor'[\s\S]*\/status must be equal to one of the allowed values/,
    );
  });

  it("refuses names the contract does not define", () => {
    expect(() => expectSchema("NoSuchThing", {})).toThrow(/no component schema named NoSuchThing/);
  });
});
