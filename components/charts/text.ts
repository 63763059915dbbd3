/**
 * SVG text does not wrap, and the charts do not know how wide they will be drawn. So long labels are
 * wrapped for the narrowest drawing they are designed for: a 320 px phone, minus page and card padding.
 * Wider screens get the same lines, which costs a little height and never clips a name.
 */
export const MIN_DRAWING_WIDTH = 256;

// An average glyph of a sans-serif Cyrillic or Latin font is a little over half an em wide.
const AVERAGE_GLYPH_EM = 0.6;

/** A rough width of `text` in pixels, enough to decide whether it fits. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_EM;
}

/** How many characters of a `fontSize` font fit in `width` pixels (never fewer than 8). */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(8, Math.floor(width / (fontSize * AVERAGE_GLYPH_EM)));
}

/** Greedy word wrap at `maxChars`. A word longer than a line keeps a line of its own rather than being cut. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}
