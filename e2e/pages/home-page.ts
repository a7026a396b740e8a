import { PageObjectAt } from "./page-object";

export class HomePage extends PageObjectAt("/", {
  upstreamLabel: "upstream-label",
  upstreamHealth: "upstream-health",
  upstreamBadge: "upstream-badge",
  emptyGroups: "groups-empty",
  groupsView: "groups-view",
  groupRows: "group-row",
}) {}
