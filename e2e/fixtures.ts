import { test as base, expect, type Page } from "@playwright/test";
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

/** A fixture that hands the test a page object over its page. */
function pageObject<PageObject>(Make: new (page: Page) => PageObject) {
  return async ({ page }: { page: Page }, use: (pageObject: PageObject) => Promise<void>) => {
    await use(new Make(page));
  };
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
  homePage: pageObject(HomePage),
  groupsPage: pageObject(GroupsPage),
  groupPage: pageObject(GroupPage),
  runsTable: pageObject(RunsTable),
  runPage: pageObject(RunPage),
  createPage: pageObject(CreatePage),
});

export { expect };
