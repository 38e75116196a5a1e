// The one permission table. Every server action and data function asks `can(role, permission)`;
// tests walk the whole matrix against this table.
export type Role = "ADMIN" | "EDITOR" | "WRITER";

export const PERMISSIONS = {
  "story.read": ["ADMIN", "EDITOR", "WRITER"],
  "story.create": ["ADMIN", "EDITOR", "WRITER"],
  "story.edit": ["ADMIN", "EDITOR", "WRITER"],
  "story.publish": ["ADMIN", "EDITOR"],
  "story.unpublish": ["ADMIN", "EDITOR"],
  "story.schedule": ["ADMIN", "EDITOR"],
  "story.correct": ["ADMIN", "EDITOR"],
  "story.delete": ["ADMIN", "EDITOR"],
  "story.restore": ["ADMIN", "EDITOR"],
  "story.purge": ["ADMIN"],
  "feed.manage": ["ADMIN", "EDITOR"],
  "user.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** What each permission lets someone do, for refusals a person can read. */
const DOING: Record<Permission, string> = {
  "story.read": "read stories",
  "story.create": "create stories",
  "story.edit": "edit stories",
  "story.publish": "publish stories",
  "story.unpublish": "unpublish stories",
  "story.schedule": "schedule stories",
  "story.correct": "publish corrections",
  "story.delete": "delete stories",
  "story.restore": "restore stories",
  "story.purge": "delete stories for good",
  "feed.manage": "manage feeds",
  "user.manage": "manage users",
  "audit.read": "read the audit log",
};

export class ForbiddenError extends Error {
  constructor(public permission: Permission) {
    super(`You do not have permission to ${DOING[permission]}.`);
  }
}

export function assertCan(role: Role | null | undefined, permission: Permission): void {
  if (!can(role, permission)) throw new ForbiddenError(permission);
}
