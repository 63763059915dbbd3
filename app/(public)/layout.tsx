import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AppDocument } from "@/components/layout/app-document";

export const metadata: Metadata = { title: { template: "%s · Ashyq", default: "Ashyq" }, icons: { icon: "/icon.svg" } };

/** Public pages readers reach from an embed: no sign-in, no newsroom navigation. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  return <AppDocument locale={await getLocale()}>{children}</AppDocument>;
}
