import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { MemberProvider } from "@/components/member/member-context";
import { SiteHeader } from "@/components/site-header";
import { getPageMember } from "@/lib/auth/page-member.server";
import { pageOrigin } from "@/lib/http/page-origin.server";
import { PRODUCT_NAME } from "@/lib/product-name";
import { Providers } from "./providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await pageOrigin(),
    title: PRODUCT_NAME,
    description: "A web console for Parallel's Task Group API",
    icons: { icon: "/favicon.svg" },
    // What a link preview shows unless a page says more (only share links do).
    openGraph: { title: PRODUCT_NAME, siteName: PRODUCT_NAME },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: Next.js can only put this response's CSP nonce (proxy.ts) on its scripts then.
  await connection();
  const member = await getPageMember();
  return (
    <html lang="en">
      <body className="min-h-screen bg-canvas text-fg antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-surface px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to content
        </a>
        <Providers>
          <MemberProvider member={member}>
            <SiteHeader signedIn={member !== null} />
            <main id="main" className="mx-auto max-w-6xl px-4 py-8">
              {children}
            </main>
          </MemberProvider>
        </Providers>
      </body>
    </html>
  );
}
