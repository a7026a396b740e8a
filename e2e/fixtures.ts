import { test as base, expect } from "@playwright/test";
import { CreatePage } from "./pages/create-page";
import { GroupPage } from "./pages/group-page";
import { GroupsPage } from "./pages/groups-page";
import { HomePage } from "./pages/home-page";
import { RunPage } from "./pages/run-page";
import { RunsTable } from "./pages/runs-table";

interface Fixtures {
  /** Browser console errors and uncaught page errors; every test fails if any appear. */
  browserErrors: string[];
  homePage: HomePage;
  groupsPage: GroupsPage;
  groupPage: GroupPage;
  runsTable: RunsTable;
  runPage: RunPage;
  createPage: CreatePage;
}

export const test = base.extend<Fixtures>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, "errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
  homePage: async ({ page }, use) => {
    await use(new HomePage(page));
  },
  groupsPage: async ({ page }, use) => {
    await use(new GroupsPage(page));
  },
  groupPage: async ({ page }, use) => {
    await use(new GroupPage(page));
  },
  runsTable: async ({ page }, use) => {
    await use(new RunsTable(page));
  },
  runPage: async ({ page }, use) => {
    await use(new RunPage(page));
  },
  createPage: async ({ page }, use) => {
    await use(new CreatePage(page));
  },
});

export { expect };
