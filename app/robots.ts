import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/public/site";

// Static: needs no database. The newsroom's private parts and endless search result pages stay
// out of crawlers' way; everything a reader can see is open.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/", "/search"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
