// A fake API key that the test build and the e2e server use, so tests can prove it never leaves the
// server: not in the browser bundle (.next/static), not in any response body or header.
export const KEY_CANARY = "tgc-canary-key-3f9a1c7e5b2d4068";
export const CANARY_MARKER = ".next/KEY_CANARY_BUILD";
