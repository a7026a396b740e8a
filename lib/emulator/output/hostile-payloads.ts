// Markup an attacker could plant in a web page the run read; the console must render it inert.
import type { Rng } from "./prng";

export const HOSTILE_URL = "javascript:window.__pwned=1";

export const HOSTILE_PAYLOADS = {
  script: "<script>window.__pwned=1</script>",
  img: '<img src=x onerror="window.__pwned=1">',
  markdownLink: `[click me](${HOSTILE_URL})`,
  iframe: '<iframe src="javascript:alert(1)">',
  url: HOSTILE_URL,
} as const;

/** Payloads meant to sit inside text (the bare URL only makes sense as a link target). */
export const HOSTILE_TEXT_PAYLOADS: readonly string[] = [
  HOSTILE_PAYLOADS.script,
  HOSTILE_PAYLOADS.img,
  HOSTILE_PAYLOADS.markdownLink,
  HOSTILE_PAYLOADS.iframe,
];

export const ALL_HOSTILE_TEXT = HOSTILE_TEXT_PAYLOADS.join(" ");

export function pickHostile(rng: Rng): string {
  return rng.pick(HOSTILE_TEXT_PAYLOADS);
}
