import { SITE_NAME } from "@/lib/public/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          {SITE_NAME} · Every claim links to the reporting behind it. Follow along:{" "}
          <a href="/rss.xml">RSS</a> · <a href="/atom.xml">Atom</a>
        </p>
      </div>
    </footer>
  );
}
