import type { Metadata } from "next";
import { SharedGroupView } from "@/components/share/shared-group-view";
import { PRODUCT_NAME } from "@/lib/product-name";
import { describePreview, readSharePreview } from "@/lib/share/share-preview.server";

interface Props {
  params: Promise<{ token: string }>;
}

// The link is the key: a preview shows the group's progress to whoever the link was pasted to, and
// search engines are asked not to keep it.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preview = await readSharePreview(decodeURIComponent((await params).token));
  const robots = { index: false, follow: false };
  if (!preview) return { title: PRODUCT_NAME, robots, openGraph: { title: PRODUCT_NAME, siteName: PRODUCT_NAME } };
  const title = `${preview.name} · ${PRODUCT_NAME}`;
  const description = describePreview(preview);
  return { title, description, robots, openGraph: { title, description, siteName: PRODUCT_NAME, type: "website" } };
}

export default async function SharePage({ params }: Props) {
  return <SharedGroupView token={decodeURIComponent((await params).token)} />;
}
