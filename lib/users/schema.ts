// First: see the file (no eval probe under the admin CSP).
import "@/lib/validation/no-eval";
import { z } from "zod";

export const ROLES = ["ADMIN", "EDITOR", "WRITER"] as const;

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  name: z.string().trim().min(1, "Name is required").max(100),
  role: z.enum(ROLES),
  password: z.string().min(10, "Password must be at least 10 characters").max(200),
});
export type CreateUserInput = z.input<typeof createUserInput>;

export const updateUserInput = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
  name: z.string().trim().min(1).max(100).optional(),
});
