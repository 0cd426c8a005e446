import type { PdfCursor } from './pdf-cursor';

/** Splits `text` into lines no wider than the page's writable width at `size` (whole words). */
export function wrap(cursor: PdfCursor, text: string, size: number): string[] {
  const fits = (line: string) => cursor.fonts.regular.widthOfTextAtSize(line, size) <= cursor.width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && !fits(candidate)) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
