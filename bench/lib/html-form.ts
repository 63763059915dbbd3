/**
 * A server-rendered form as a browser without JavaScript sends it: its hidden inputs (for a Server Action form,
 * React's action reference and useActionState's key among them), in document order, picked out of the page by
 * one of its hidden values. The form posts to its page's own URL as multipart/form-data.
 */
import { decodeEntities } from "../crash/form";

export type HiddenField = [name: string, value: string];

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z_:$][-a-zA-Z0-9_:.$]*)(?:="([^"]*)")?/g)) found.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? ""));
  return found;
}

/** The hidden fields of every form on the page, in document order. */
export function hiddenFieldsOfForms(html: string): HiddenField[][] {
  return [...html.matchAll(/<form\b[\s\S]*?<\/form>/gi)].map(([form]) =>
    [...form.matchAll(/<input\b[^>]*>/gi)]
      .map(([tag]) => attributes(tag))
      .filter((attrs) => attrs.get("type") === "hidden" && attrs.has("name"))
      .map((attrs): HiddenField => [attrs.get("name")!, attrs.get("value") ?? ""]),
  );
}

/**
 * The hidden fields of the first form that has a hidden `name` = `value` (the review page's approve form has
 * decision=approve); null when there is none. A form without `$ACTION…` fields would not work without JavaScript.
 */
export function findForm(html: string, name: string, value: string): HiddenField[] | null {
  const form = hiddenFieldsOfForms(html).find((fields) => fields.some(([n, v]) => n === name && v === value));
  if (!form) return null;
  if (!form.some(([n]) => n.startsWith("$ACTION"))) throw new Error(`The form with ${name}=${value} has no Server Action fields: it needs JavaScript`);
  return form;
}

/** The body a browser posts: the hidden fields, then the visible ones the person filled in. */
export function formBody(hidden: HiddenField[], visible: HiddenField[] = []): FormData {
  const body = new FormData();
  for (const [name, value] of [...hidden, ...visible]) body.append(name, value);
  return body;
}
