import { test as base, expect } from "@playwright/test";
import { HomePage } from "./pages/home-page";

interface Fixtures {
  /** Browser console errors and uncaught page errors; every test fails if any appear. */
  browserErrors: string[];
  homePage: HomePage;
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
});

export { expect };
