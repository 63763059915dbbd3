/**
 * The rules of the Popolo project's JSON Schemas that a Popolo document from Ashyq must keep, as a small
 * validator for the tests. Read from the schemas in https://github.com/popolo-project/popolo-spec/tree/main/schemas
 * (person.json, organization.json, membership.json, post.json, contact_detail.json, link.json, other_name.json,
 * identifier.json): which properties are required, their types (most may be null), the date pattern, URLs as
 * `format: uri`. They are draft-03 schemas, which today's validators (ajv among them) no longer read, hence these
 * few rules written out rather than a validator package. As in the schemas, properties they do not name (our
 * `x_ashyq_*`) are allowed. Beyond the schemas, `references` checks what Popolo's specification says the ids mean:
 * each `*_id` names a record of the document.
 */

/** Popolo's dates: a year, a month or a day ("2024", "2024-08", "2024-08-31"). */
export const POPOLO_DATE = /^[0-9]{4}(-[0-9]{2}){0,2}$/;

type Rule =
  { type: "string"; nullable?: boolean; required?: boolean; pattern?: RegExp; format?: "uri" | "date-time" } | { type: "array"; items: Schema | "string" };
type Schema = { [property: string]: Rule };

const text = (more: Partial<Extract<Rule, { type: "string" }>> = {}): Rule => ({ type: "string", nullable: true, ...more });
const date = text({ pattern: POPOLO_DATE });
const arrayOf = (items: Schema | "string"): Rule => ({ type: "array", items });

const LINK: Schema = { url: { type: "string", required: true, format: "uri" }, note: text() };
const CONTACT_DETAIL: Schema = {
  label: text(),
  type: { type: "string", required: true },
  value: { type: "string", required: true },
  note: text(),
  valid_from: date,
  valid_through: date,
  sources: arrayOf(LINK),
};
const OTHER_NAME: Schema = { name: { type: "string", required: true }, note: text(), start_date: date, end_date: date };
const IDENTIFIER: Schema = { identifier: { type: "string", required: true }, scheme: text() };
const COMMON: Schema = {
  contact_details: arrayOf(CONTACT_DETAIL),
  links: arrayOf(LINK),
  sources: arrayOf(LINK),
  created_at: text({ format: "date-time" }),
  updated_at: text({ format: "date-time" }),
};

export const POPOLO_SCHEMAS = {
  person: {
    id: text(),
    name: text(),
    other_names: arrayOf(OTHER_NAME),
    identifiers: arrayOf(IDENTIFIER),
    sort_name: text(),
    email: text(),
    gender: text(),
    birth_date: date,
    death_date: date,
    image: text({ format: "uri" }),
    summary: text(),
    biography: text(),
    ...COMMON,
  },
  organization: {
    id: text(),
    name: text(),
    other_names: arrayOf(OTHER_NAME),
    identifiers: arrayOf(IDENTIFIER),
    classification: text(),
    parent_id: text(),
    area_id: text(),
    founding_date: date,
    dissolution_date: date,
    image: text({ format: "uri" }),
    ...COMMON,
  },
  post: {
    id: text(),
    label: text(),
    other_label: arrayOf("string"),
    role: text(),
    organization_id: text(),
    area_id: text(),
    start_date: date,
    end_date: date,
    ...COMMON,
  },
  membership: {
    id: text(),
    label: text(),
    role: text(),
    person_id: text(),
    organization_id: text(),
    post_id: text(),
    on_behalf_of_id: text(),
    area_id: text(),
    start_date: date,
    end_date: date,
    ...COMMON,
  },
} satisfies Record<string, Schema>;

const isUri = (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value);
const isDateTime = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));

/** Where `value` breaks `schema`, as "persons[0].links[1].url: not a URI"; empty when it keeps every rule. */
export function schemaErrors(value: unknown, schema: Schema, path: string): string[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  return Object.entries(schema).flatMap(([property, rule]): string[] => {
    const at = `${path}.${property}`;
    const field = record[property];
    if (field === undefined) return rule.type === "string" && rule.required ? [`${at}: required`] : [];
    if (rule.type === "array") {
      if (!Array.isArray(field)) return [`${at}: not an array`];
      return field.flatMap((item, index) =>
        rule.items === "string" ? (typeof item === "string" ? [] : [`${at}[${index}]: not a string`]) : schemaErrors(item, rule.items, `${at}[${index}]`),
      );
    }
    if (field === null) return rule.nullable && !rule.required ? [] : [`${at}: null`];
    if (typeof field !== "string") return [`${at}: not a string`];
    if (rule.pattern && !rule.pattern.test(field)) return [`${at}: "${field}" does not match ${rule.pattern}`];
    if (rule.format === "uri" && !isUri(field)) return [`${at}: "${field}" is not a URI`];
    if (rule.format === "date-time" && !isDateTime(field)) return [`${at}: "${field}" is not a date-time`];
    return [];
  });
}

type PopoloCollections = { persons: unknown[]; organizations: unknown[]; posts: unknown[]; memberships: unknown[] };

/** Every record of the document against its schema. */
export function popoloErrors(document: PopoloCollections): string[] {
  return [
    ...document.persons.flatMap((record, i) => schemaErrors(record, POPOLO_SCHEMAS.person, `persons[${i}]`)),
    ...document.organizations.flatMap((record, i) => schemaErrors(record, POPOLO_SCHEMAS.organization, `organizations[${i}]`)),
    ...document.posts.flatMap((record, i) => schemaErrors(record, POPOLO_SCHEMAS.post, `posts[${i}]`)),
    ...document.memberships.flatMap((record, i) => schemaErrors(record, POPOLO_SCHEMAS.membership, `memberships[${i}]`)),
  ];
}

type Ids = { id: string };
type Document = {
  persons: Ids[];
  organizations: (Ids & { parent_id: string | null })[];
  posts: (Ids & { organization_id: string })[];
  memberships: (Ids & { person_id: string; organization_id: string; post_id: string; start_date: string | null; end_date: string | null })[];
};

/** Ids unique within their collection, each reference naming a record, a membership's post in its organization. */
export function referenceErrors(document: Document): string[] {
  const errors: string[] = [];
  const ids = (records: Ids[], name: string) => {
    const set = new Set(records.map((record) => record.id));
    if (set.size !== records.length) errors.push(`${name}: ids are not unique`);
    return set;
  };
  const persons = ids(document.persons, "persons");
  const organizations = ids(document.organizations, "organizations");
  const posts = new Map(document.posts.map((post) => [post.id, post]));
  ids(document.posts, "posts");
  ids(document.memberships, "memberships");
  document.organizations.forEach((o, i) => {
    if (o.parent_id !== null && !organizations.has(o.parent_id)) errors.push(`organizations[${i}].parent_id: no such organization`);
  });
  document.posts.forEach((p, i) => {
    if (!organizations.has(p.organization_id)) errors.push(`posts[${i}].organization_id: no such organization`);
  });
  document.memberships.forEach((m, i) => {
    if (!persons.has(m.person_id)) errors.push(`memberships[${i}].person_id: no such person`);
    if (!organizations.has(m.organization_id)) errors.push(`memberships[${i}].organization_id: no such organization`);
    const post = posts.get(m.post_id);
    if (!post) errors.push(`memberships[${i}].post_id: no such post`);
    else if (post.organization_id !== m.organization_id) errors.push(`memberships[${i}].post_id: a post of another organization`);
    if (m.start_date && m.end_date && m.end_date < m.start_date) errors.push(`memberships[${i}]: ends before it starts`);
  });
  return errors;
}
