import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CcbClause, CcbContent, CcbSection } from '../domain/ccb/ccb-content';
import type { CcbTable } from '../domain/ccb/ccb-schedule';
import { PdfCursor } from './pdf-cursor';
import { wrap } from './wrap';

/** Fixed metadata: the same content and issue time always give the same bytes, hence the same SHA-256. */
const PRODUCER = 'ConsignadoHub loan';

/**
 * Draws the CCB's content (domain/ccb/ccb-content.ts) as a PDF with pdf-lib (R-LN-9): Helvetica
 * (WinAnsi covers pt-BR accents), A4, as many pages as the schedule needs, dates fixed to the issue
 * time. Adapter only: what the CCB says is decided in the domain.
 */
export async function renderCcbPdf(content: CcbContent, issuedAt: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${content.title} — ${content.number}`);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  const cursor = new PdfCursor(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) });
  cursor.line(content.title, { size: 16, bold: true });
  cursor.line(content.number, { size: 10 });
  content.sections.forEach((section) => drawSection(cursor, section));
  drawTable(cursor, content.schedule);
  content.clauses.forEach((clause) => drawClause(cursor, clause));
  cursor.skip(8);
  wrap(cursor, content.footer, 8).forEach((text) => cursor.line(text, { size: 8 }));
  return doc.save({ useObjectStreams: false });
}

function drawSection(cursor: PdfCursor, section: CcbSection): void {
  cursor.skip(8);
  cursor.line(section.heading, { size: 11, bold: true });
  section.lines.forEach(([label, value]) => cursor.cells([[`${label}:`, 0], [value, 170]]));
}

/** Left edges of the schedule's columns (points from the margin); the header repeats on every page the table spans. */
const COLUMN_X = [0, 40, 120, 210, 300, 395] as const;

function drawTable(cursor: PdfCursor, table: CcbTable): void {
  cursor.skip(8);
  cursor.line(table.heading, { size: 11, bold: true });
  const row = (texts: readonly string[], bold = false) => cursor.cells(texts.map((t, k) => [t, COLUMN_X[k]] as const), { size: 8, bold });
  row(table.columns, true);
  cursor.header = () => row(table.columns, true);
  table.rows.forEach((r) => row(r));
  row(table.total, true);
  cursor.header = undefined;
}

function drawClause(cursor: PdfCursor, clause: CcbClause): void {
  cursor.skip(8);
  cursor.line(clause.heading, { size: 10, bold: true });
  wrap(cursor, clause.text, 9).forEach((text) => cursor.line(text));
}
