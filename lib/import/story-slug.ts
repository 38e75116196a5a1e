import type { ParsedStory } from "@/lib/seeds/types";
import { slugify } from "@/lib/stories/slugify";

/** The address a parsed story is matched by: its own `Slug:` line, else its title (ASCII-folded, kebab-case). */
export const storySlug = (p: ParsedStory): string => slugify(p.slug ?? p.title);
