/** The settings pages, in the account menu's order, by the name their links use (who opens each: page-access.ts). */
export const SETTINGS_PAGES: ReadonlyArray<{ path: string; name: string }> = [
  { path: "/settings/account", name: "Account" },
  { path: "/settings/tokens", name: "API tokens" },
  { path: "/settings/usage", name: "Usage" },
  { path: "/settings/alerts", name: "Alerts" },
  { path: "/settings/members", name: "Members" },
  { path: "/settings/audit", name: "Audit log" },
  { path: "/settings/budgets", name: "Budgets" },
];
