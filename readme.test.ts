/** README's "How it is built" names every top-level folder and file the repository holds, so it cannot drift. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

it("README's 'How it is built' names every top-level entry", () => {
  const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n").filter(Boolean);
  const topLevel = [...new Set(tracked.map((file) => (file.includes("/") ? `${file.split("/")[0]}/` : file)))];
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## How it is built"), readme.indexOf("The decisions a newcomer would ask about"));
  const named = (entry: string) => new RegExp(`(^|[\\s,(])${entry.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m").test(section);
  expect(topLevel.filter((entry) => !named(entry))).toEqual([]);
});
