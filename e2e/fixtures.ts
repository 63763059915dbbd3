import { test as base, expect } from "@playwright/test";

export type Role = "reporter" | "editor" | "admin";
export const storageStateOf = (role: Role) => `e2e/.auth/${role}.json`;
export const DEMO_PASSWORD = "ashyq-demo-password";
export const emailOf = (role: Role) => `${role}@demo.ashyq`;

/** A test that runs signed in as the given role, through the state saved by auth.setup.ts. */
export function signedInAs(role: Role) {
  return base.extend({ storageState: storageStateOf(role) });
}

export { expect };
