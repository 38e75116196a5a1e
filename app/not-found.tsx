import type { Metadata } from "next";
import Link from "next/link";
import { SiteFooter } from "@/components/public/SiteFooter";
import { SiteHeader } from "@/components/public/SiteHeader";

// The root not-found renders inside the root layout only, so it brings the public chrome itself.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="site-main">
        <div className="page">
          <h1 className="page-title">Page not found</h1>
          <p>This page does not exist, or the story is no longer published.</p>
          <p>
            <Link href="/">Go to Top Headlines</Link> or search for a story with the box above.
          </p>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
