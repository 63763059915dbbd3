/**
 * The observation form as a browser without JavaScript sees and sends it: the server-rendered <form>'s hidden
 * inputs (React's Server Action reference, `useActionState`'s key, the form's idempotency key) plus what the
 * reporter fills in, posted as multipart/form-data to the page's own URL.
 */

export type HiddenInputs = [name: string, value: string][];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    const known = ENTITIES[entity.toLowerCase()];
    if (known) return known;
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z_:$][-a-zA-Z0-9_:.$]*)(?:="([^"]*)")?/g)) found.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? ""));
  return found;
}

/**
 * The hidden inputs of the observation form (the one with an idempotency key: the header's sign-out and language
 * forms are Server Action forms too), in document order. Throws when the page has no such form: signed out, or changed.
 */
export function readObservationForm(html: string): HiddenInputs {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/gi)].map((match) => match[0]).find((candidate) => candidate.includes('name="idempotencyKey"'));
  if (!form) throw new Error("No observation form on the page (signed out, or the form changed?)");
  const hidden: HiddenInputs = [];
  for (const match of form.matchAll(/<input\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    if (attrs.get("type") !== "hidden" || !attrs.has("name")) continue;
    hidden.push([attrs.get("name")!, attrs.get("value") ?? ""]);
  }
  if (!hidden.some(([name]) => name.startsWith("$ACTION"))) throw new Error("The form has no Server Action fields: it would not work without JavaScript");
  return hidden;
}

export function idempotencyKeyOf(hidden: HiddenInputs): string {
  const key = hidden.find(([name]) => name === "idempotencyKey")?.[1];
  if (!key) throw new Error("The form carries no idempotency key");
  return key;
}

/** The value a visible input was pre-filled with (the observation time is "now" in the newsroom's time zone). */
export function prefilledValue(html: string, name: string): string | undefined {
  for (const match of html.matchAll(/<input\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    if (attrs.get("name") === name) return attrs.get("value");
  }
  return undefined;
}

export type Screenshot = { name: string; type: string; bytes: Uint8Array };

/** One submission's body, in the order a browser sends it: hidden inputs first, the fields, the pressed button. */
export function multipartBody(hidden: HiddenInputs, fields: [string, string][], screenshot?: Screenshot): FormData {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  for (const [name, value] of fields) body.append(name, value);
  // An empty file input still sends a part, as a browser does.
  const file = screenshot
    ? new File([Buffer.from(screenshot.bytes)], screenshot.name, { type: screenshot.type })
    : new File([], "", { type: "application/octet-stream" });
  body.append("screenshots", file);
  body.append("intent", "submit");
  return body;
}
