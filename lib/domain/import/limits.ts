/**
 * How much an import may ask of the server, in one place: the reader enforces these, the upload form's
 * messages quote them (IMPORT_LIMIT_VALUES), so a limit changed here is changed in what editors are told.
 * Pure constants: the upload form (a client component) imports this file too.
 */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_COLUMNS = 100;
/** The longest text any form field takes is 10 000 characters (an observation's internal note). */
export const MAX_CELL_LENGTH = 10_000;

/**
 * Lines read, blank ones included, before a file is refused as too long: the data rows' limit, with room for
 * blank lines between them. Reading stops there, whatever follows.
 */
export const MAX_READ_LINES = MAX_IMPORT_ROWS * 2 + 10;

/**
 * What the XML of an XLSX may unpack to, counted from the ZIP's central directory before anything is unpacked.
 * 20 000 rows of 25 filled columns, written with inline strings (the largest way to write them), unpack to
 * about 50 MB (from a 2 MB file); Excel's shared strings make the same rows far smaller. The bombs
 * unpack to 16 MB (refused by the longest-text check), and 300 MB (refused here).
 */
export const MAX_UNPACKED_MEGABYTES = 64;
export const MAX_UNPACKED_BYTES = MAX_UNPACKED_MEGABYTES * 1024 * 1024;

/**
 * The reader runs in a worker thread, so that the server keeps answering meanwhile, within these bounds: a
 * legitimate file at the limits reads in about 2 s with about 300 MB of heap; past them the worker is stopped.
 */
export const READ_TIMEOUT_SECONDS = 20;
export const READ_MEMORY_MEGABYTES = 512;
/** One file read at a time per server (the machines have two cores); a few more wait their turn, the rest are told to retry. */
export const MAX_CONCURRENT_READS = 1;
export const MAX_WAITING_READS = 4;

/** The values the import's messages quote (ICU arguments of `import.upload.fileHelp` and `import.problems.*`). */
export const IMPORT_LIMIT_VALUES = {
  maxMegabytes: MAX_IMPORT_BYTES / (1024 * 1024),
  maxRows: MAX_IMPORT_ROWS,
  maxColumns: MAX_IMPORT_COLUMNS,
  maxCharacters: MAX_CELL_LENGTH,
  maxUnpackedMegabytes: MAX_UNPACKED_MEGABYTES,
  seconds: READ_TIMEOUT_SECONDS,
  memoryMegabytes: READ_MEMORY_MEGABYTES,
};
