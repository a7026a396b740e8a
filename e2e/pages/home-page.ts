import { PageObject } from "./page-object";

export class HomePage extends PageObject({
  upstreamLabel: "upstream-label",
  upstreamHealth: "upstream-health",
  upstreamBadge: "upstream-badge",
  emptyGroups: "groups-empty",
  groupsView: "groups-view",
  groupRows: "group-row",
}) {
  async goto(): Promise<void> {
    await this.page.goto("/");
  }
}
