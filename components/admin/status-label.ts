export const STATUS_LABEL = {
  DRAFT: "Draft",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
} as const;

export type StoryStatus = keyof typeof STATUS_LABEL;
