/**
 * PostgreSQL cannot keep U+0000 in a text column: a save that carries one fails inside the database, as an
 * unexpected error. It never comes from a keyboard, only from pasted binary, some PDF copies or a hand-made
 * request, so every text field refuses it up front with a message the person can act on.
 */
export const WITHOUT_NULL_CHARACTER = /^[^\u0000]*$/;

/** For free text: says what is wrong. */
export const nullCharacterRefused = { message: "nullCharacter", abort: true } as const;
