/** The demo sign-ins, created by the seed and listed on the sign-in page in demo mode only. */
export const DEMO_PASSWORD = "ashyq-demo-password";
export const DEMO_USERS = [
  { email: "reporter@demo.ashyq", name: "Айгерим Репортёрова", role: "REPORTER" },
  // A second reporter, so that a wave can be shared out in the demo and its end-to-end test (issue 16).
  { email: "reporter2@demo.ashyq", name: "Арман Корреспондентов", role: "REPORTER" },
  { email: "editor@demo.ashyq", name: "Болат Редакторов", role: "EDITOR" },
  { email: "admin@demo.ashyq", name: "Админ Демо", role: "ADMIN" },
] as const;
