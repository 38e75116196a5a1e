import type { PublicStoryView } from "@/lib/stories/public-view";

// Shapes the public read side hands to pages. Plain JSON (dates as ISO strings) because they pass
// through the Next data cache, which stores JSON: a Date would come back as a string anyway.

export interface StoryCardData {
  storyId: string;
  slug: string;
  title: string;
  firstHeadline: string | null;
  articleCount: number;
  publishedAt: string;
  lastUpdatedAt: string;
}

export interface Paged<T> {
  items: T[];
  /** Cursor for the next (older) page, or null on the last page. */
  next: string | null;
}

export type UpdateKindName = "PUBLISHED" | "UPDATED" | "CORRECTION";

export interface PublicUpdate {
  id: string;
  kind: UpdateKindName;
  at: string;
  articlesAdded: number;
  articleCount: number;
  sectionsAdded: string[];
  sectionsChanged: string[];
  note: string | null;
}

export interface PublicStoryData {
  storyId: string;
  slug: string;
  title: string;
  firstHeadline: string | null;
  articleCount: number;
  publishedAt: string;
  lastUpdatedAt: string;
  view: PublicStoryView;
  updates: PublicUpdate[];
}

export interface FeedSummary {
  id: string;
  slug: string;
  name: string;
  position: number;
  storyCount: number;
}

export interface SearchHit {
  slug: string;
  title: string;
  articleCount: number;
  lastUpdatedAt: string;
  snippet: string;
  rank: number;
}
