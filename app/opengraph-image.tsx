import { ImageResponse } from "next/og";
import { OG_FRAME, OG_IMAGE_SIZE } from "@/components/og/og-image-look";
import { PRODUCT_NAME } from "@/lib/product-name";

export const alt = PRODUCT_NAME;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

/** Every page's preview unless it has its own: the product's name and nothing about the team's groups. */
export default function Image() {
  return new ImageResponse(
    <div
      style={{
        ...OG_FRAME,
        alignItems: "center",
        justifyContent: "center",
        fontSize: 72,
        fontWeight: 700,
      }}
    >
      {PRODUCT_NAME}
    </div>,
    size,
  );
}
