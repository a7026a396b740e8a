// Satori draws with inline styles and cannot read the CSS design tokens: these are the preview images' own.
export const OG_INK = "#0f172a";
export const OG_PAPER = "#ffffff";

/** A preview image's size: what chats and social sites show. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/** The whole image: paper with ink, laid out as a flex box (Satori's only layout). */
export const OG_FRAME = { width: "100%", height: "100%", display: "flex", background: OG_PAPER, color: OG_INK } as const;
