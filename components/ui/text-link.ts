import { FOCUS_RING } from "./focus-ring";

// An inline text link (breadcrumbs, "download", "view group"): accent coloured, underlined on hover.
export const LINK = `rounded-sm text-accent underline-offset-2 hover:underline ${FOCUS_RING}`;
