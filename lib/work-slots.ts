/**
 * A bounded amount of heavy work in this process (decoding an image, reading a spreadsheet), first come first
 * served: at most `slots` jobs run at once, the others wait their turn, and when `maxWaiting` already wait, a
 * new one is refused at once (LineFull) rather than queued without end.
 */
export class LineFull extends Error {
  constructor() {
    super("Too many jobs are already waiting for a slot");
  }
}

export function workSlots({ slots, maxWaiting = Infinity }: { slots: number; maxWaiting?: number }) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return {
    /** Runs `work` once a slot is free; the slot is handed to the next in line however `work` ends. */
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else if (waiting.length >= maxWaiting) throw new LineFull();
      // The slot is handed over by the job that ends, which leaves `free` as it was.
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else free++;
      }
    },
    /** How many jobs wait for a slot now. */
    waiting: () => waiting.length,
  };
}
