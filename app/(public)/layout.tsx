import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/SiteFooter";
import { SiteHeader } from "@/components/public/SiteHeader";
import { pageAlternates } from "@/lib/public/site";

// Pages replace `alternates` wholesale when they set a canonical URL, so each builds it with
// pageAlternates(); this default covers pages that set none.
export const metadata: Metadata = { alternates: { types: pageAlternates("/").types } };

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
