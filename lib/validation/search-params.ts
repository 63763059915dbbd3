/** A page's query as Next hands it over: a parameter given twice arrives as a list. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?asOf=…&asOf=…` reads as the first). */
export const firstValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
