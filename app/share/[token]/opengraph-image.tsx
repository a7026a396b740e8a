import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { OG_FRAME, OG_IMAGE_SIZE } from "@/components/og/og-image-look";
import { PRODUCT_NAME } from "@/lib/product-name";
import { previewCounts } from "@/lib/share/preview-counts";
import { describePreview, readSharePreview } from "@/lib/share/share-preview.server";

export const alt = "The shared task group's progress";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

// The image's own colours besides ink and paper (see og-image-look).
const MUTED = "#475569";
const TRACK = "#e2e8f0";
const FILL = "#10b981";

/** The preview a chat shows for a share link: the group's name, a progress bar, counts per status and whether it runs. */
export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  // Read per request: the image follows the group's progress and the link's revocation.
  await connection();
  const preview = await readSharePreview(decodeURIComponent((await params).token));
  const percent = preview && preview.total > 0 ? Math.floor((preview.finished / preview.total) * 100) : 0;
  return new ImageResponse(
    <div
      style={{
        ...OG_FRAME,
        flexDirection: "column",
        padding: 64,
        fontSize: 32,
      }}
    >
      <div style={{ display: "flex", color: MUTED }}>{PRODUCT_NAME}</div>
      {preview ? (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 48, gap: 28 }}>
          <div style={{ display: "flex", fontSize: 64, fontWeight: 700 }}>{preview.name.slice(0, 60)}</div>
          <div style={{ display: "flex" }}>{describePreview(preview)}</div>
          <div style={{ display: "flex", width: "100%", height: 36, borderRadius: 18, background: TRACK }}>
            <div style={{ display: "flex", width: `${percent}%`, height: 36, borderRadius: 18, background: FILL }} />
          </div>
          <div style={{ display: "flex", gap: 40, color: MUTED }}>
            {previewCounts(preview.counts).map(({ label, count }) => (
              <div key={label} style={{ display: "flex" }}>{`${label}: ${count.toLocaleString("en-US")}`}</div>
            ))}
          </div>
        </div>
      ) : (
        <div style={{ display: "flex", marginTop: 48, fontSize: 48 }}>This share link does not open</div>
      )}
    </div>,
    size,
  );
}
