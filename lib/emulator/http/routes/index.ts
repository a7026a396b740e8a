import type { Route } from "../router";
import { streamGroupEvents } from "./group-events-stream";
import { addRuns, createGroup, retrieveGroup } from "./group-routes";
import { streamGroupRuns } from "./group-runs-stream";
import { streamRunEvents } from "./run-events-stream";
import { retrieveRun, retrieveRunInput, retrieveRunResult } from "./run-routes";

const ID = "([^/]+)";

export const ROUTES: Route[] = [
  { method: "POST", pattern: /^\/tasks\/groups$/, handle: createGroup },
  { method: "GET", pattern: new RegExp(`^/tasks/groups/${ID}$`), handle: retrieveGroup },
  { method: "POST", pattern: new RegExp(`^/tasks/groups/${ID}/runs$`), handle: addRuns },
  { method: "GET", pattern: new RegExp(`^/tasks/groups/${ID}/runs$`), handle: streamGroupRuns },
  { method: "GET", pattern: new RegExp(`^/tasks/groups/${ID}/events$`), handle: streamGroupEvents },
  { method: "GET", pattern: new RegExp(`^/tasks/groups/${ID}/runs/${ID}$`), handle: retrieveRun },
  { method: "GET", pattern: new RegExp(`^/tasks/runs/${ID}$`), v1Only: true, handle: retrieveRun },
  { method: "GET", pattern: new RegExp(`^/tasks/runs/${ID}/result$`), v1Only: true, handle: retrieveRunResult },
  { method: "GET", pattern: new RegExp(`^/tasks/runs/${ID}/input$`), v1Only: true, handle: retrieveRunInput },
  { method: "GET", pattern: new RegExp(`^/tasks/runs/${ID}/events$`), handle: streamRunEvents },
];
