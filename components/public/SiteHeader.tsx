import Link from "next/link";
import { SITE_NAME } from "@/lib/public/site";

// Skip link first (keyboard users jump past the navigation), then the masthead, the two sections
// readers know from the seed page, and a search box that is a plain GET form: works without JS.

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link href="/" className="masthead">
          {SITE_NAME}
        </Link>
        <nav aria-label="Sections" className="site-nav">
          <ul>
            <li>
              <Link href="/">Top Headlines</Link>
            </li>
            <li>
              <Link href="/feeds">Feeds</Link>
            </li>
          </ul>
        </nav>
        <form action="/search" method="get" role="search" aria-label="Site search" className="site-search">
          <label htmlFor="site-search-q" className="sr-only">
            Search stories
          </label>
          <input id="site-search-q" type="search" name="q" placeholder="Search stories" maxLength={200} autoComplete="off" />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  );
}
