/**
 * The longest each of an observation's notes may be, checked by ObservationInput and shown beside each field
 * (a module of its own, so that the form can show them without taking the schema into the browser). The
 * internal note is the reporter's working space; the public note is printed in every export, a short
 * description for readers, like the attribution note.
 */
export const NOTE_LIMITS = { publicNote: 2_000, internalNote: 10_000 } as const;
