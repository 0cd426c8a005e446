import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

/** A4 in points, with the margins every CCB page keeps. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
const INK = rgb(0, 0, 0);

/**
 * Writes lines top to bottom across as many pages as the text needs: each write moves down, and a
 * line that would cross the bottom margin starts a new page.
 */
export class PdfCursor {
  private page!: PDFPage;
  private y = 0;
  /** Drawn at the top of every page started while it is set (a table's header while the table runs). */
  header?: () => void;

  constructor(private readonly doc: PDFDocument, readonly fonts: { regular: PDFFont; bold: PDFFont }) {
    this.newPage();
  }

  get width(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  /** Room for `height` more points on this page, else a new page. */
  ensure(height: number): void {
    if (this.y - height < PAGE.margin) this.newPage();
  }

  /** One line of text at `x` (from the left margin), then down by its leading. */
  line(text: string, options: { size?: number; bold?: boolean; x?: number } = {}): void {
    this.cells([[text, options.x ?? 0]], options);
  }

  /** Several texts on one line, each at its own x (a table row), then down. */
  cells(texts: ReadonlyArray<readonly [string, number]>, options: { size?: number; bold?: boolean } = {}): void {
    const size = options.size ?? 9;
    this.ensure(size + 4);
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    for (const [text, x] of texts) this.page.drawText(text, { x: PAGE.margin + x, y: this.y - size, size, font, color: INK });
    this.y -= size + 4;
  }

  /** Blank space between blocks. */
  skip(points: number): void {
    this.y -= points;
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    this.header?.();
  }
}
