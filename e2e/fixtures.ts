import { test as base, expect, type Page } from "@playwright/test";

/** The demo sign-ins (lib/demo.ts); "reporter2" is the second reporter, for a wave shared out between two. */
export type Role = "reporter" | "reporter2" | "editor" | "admin";
export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`;
export const DEMO_PASSWORD = "ashyq-demo-password";
export const emailOf = (role: Role) => `${role}@demo.ashyq`;

/** A test that runs signed in as the given role, through the state saved by auth.setup.ts. */
export function signedInAs(role: Role) {
  return base.extend({ storageState: storageStateOf(role) });
}

export { expect };

/**
 * Opens a new observation the way a reporter does from the menu: the official and the platform first; with one
 * account there, the form follows, started from what is published about it.
 */
export async function startObservation(page: Page, official: string, platform: string) {
  await page.goto("/observations/new");
  await page.getByLabel("Official", { exact: true }).selectOption({ label: official });
  await page.getByLabel("Platform", { exact: true }).selectOption(platform);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New observation" })).toBeVisible();
}
