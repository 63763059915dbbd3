import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AppDocument } from "@/components/layout/app-document";

export const metadata: Metadata = { title: "Ashyq", robots: { index: false }, icons: { icon: "/icon.svg" } };

export default async function AuthLayout({ children }: { children: ReactNode }) {
  return <AppDocument locale={await getLocale()}>{children}</AppDocument>;
}
