"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { createUser } from "@/lib/users/create-user";
import { createUserInput, updateUserInput } from "@/lib/users/schema";
import { updateUser } from "@/lib/users/update-user";

// ADMIN only (runAction checks "user.manage"; the lib functions check again).

export async function createUserAction(input: unknown) {
  return runAction("user.manage", createUserInput, input, async (actor, data) => {
    const user = await createUser(actor, data);
    revalidatePath("/admin/users");
    return user;
  });
}

export async function updateUserAction(input: unknown) {
  return runAction("user.manage", updateUserInput, input, async (actor, data) => {
    const user = await updateUser(actor, data);
    revalidatePath("/admin/users");
    return user;
  });
}
