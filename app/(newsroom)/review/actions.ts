"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { approveObservation } from "@/lib/data/observations/approve-observation";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { logUnexpected } from "@/lib/logger";

/**
 * Approves one observation. A plain form post (works without JavaScript); the outcome comes back as a notice
 * on the queue. Whether this editor may approve this record is decided in the data layer.
 */
export async function approveObservationAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const id = String(formData.get("id") ?? "");
  const version = Number(formData.get("version"));
  let notice: string;
  try {
    await approveObservation({ viewer, id, expectedVersion: version });
    notice = "approved";
  } catch (error) {
    if (error instanceof ConflictError || error instanceof NotFoundError) notice = "conflict";
    else if (error instanceof ForbiddenError) notice = "forbidden";
    else notice = `error-${logUnexpected(error, { action: "approveObservation", viewerId: viewer.id })}`;
  }
  if (notice === "approved") {
    revalidatePath("/dashboard");
    revalidatePath("/embed", "layout");
  }
  revalidatePath("/review");
  redirect(`/review?notice=${notice}`);
}
