import type { Locator, Page } from "@playwright/test";

type TestIds = Record<string, string>;

type LocatorsByName<Ids extends TestIds> = { readonly [Name in keyof Ids]: Locator };

/**
 * The base of a page object: the class it returns takes the page and has one locator field per
 * entry of `testIds` (field name → `data-testid`). Fields found another way are declared in the
 * page object itself.
 */
export function PageObject<Ids extends TestIds>(testIds: Ids) {
  class TestIdPageObject {
    constructor(readonly page: Page) {
      Object.assign(this, Object.fromEntries(Object.entries(testIds).map(([name, testId]) => [name, page.getByTestId(testId)])));
    }
  }
  return TestIdPageObject as new (page: Page) => TestIdPageObject & LocatorsByName<Ids>;
}

/** A `PageObject` of the page at one fixed `path`, which `goto()` opens. */
export function PageObjectAt<Ids extends TestIds>(path: string, testIds: Ids) {
  // A class cannot extend the generic intersection PageObject returns: extend its plain part, then add the locators back.
  class PageAtPath extends (PageObject(testIds) as new (page: Page) => { readonly page: Page }) {
    async goto(): Promise<void> {
      await this.page.goto(path);
    }
  }
  return PageAtPath as new (page: Page) => PageAtPath & LocatorsByName<Ids>;
}
