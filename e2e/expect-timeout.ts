// How long an assertion waits for its condition. Playwright's 5 s default is short for these suites:
// several consoles, their emulators (or PostgreSQL) and Chromium share two cores, and one CI run's
// page took over 5 s to navigate after 'Create demo group' (a group and 60 runs made, then the group
// page rendered on the server). A passing assertion returns as soon as its condition holds, so this
// costs only failures.
export const EXPECT_TIMEOUT_MS = 15_000;
