import { ImageResponse } from "next/og";
import { PRODUCT_NAME } from "@/lib/product-name";

export const alt = PRODUCT_NAME;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Satori draws with inline styles and cannot read the CSS design tokens: these are the image's own.
const INK = "#0f172a";
const PAPER = "#ffffff";

/** Every page's preview unless it has its own: the product's name and nothing about the team's groups. */
export default function Image() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: PAPER,
        color: INK,
        fontSize: 72,
        fontWeight: 700,
      }}
    >
      {PRODUCT_NAME}
    </div>,
    size,
  );
}
