import { sha256Hex } from '@consignado/core';
import { fieldError } from '../../../shared/field-errors';

/** Documents of the digital flow (R-PR-1, seed 003 §6.2: selfie + documents). */
export const DOCUMENT_KINDS = ['SELFIE', 'ID_FRONT', 'ID_BACK', 'PROOF_OF_INCOME'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** With these two a digital proposal is submitted automatically. */
export const REQUIRED_FOR_SUBMISSION: readonly DocumentKind[] = ['SELFIE', 'ID_FRONT'];

export const DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;
/** Longest Base64 text whose content can fit DOCUMENT_MAX_BYTES. */
export const DOCUMENT_MAX_BASE64 = Math.ceil(DOCUMENT_MAX_BYTES / 3) * 4;

/** Accepted formats and the leading bytes each must start with: the declared type must be the real one. */
const SIGNATURES: Readonly<Record<string, readonly number[]>> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};
export const DOCUMENT_MIME_TYPES = Object.keys(SIGNATURES);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** An uploaded document's metadata (the bytes are stored apart). */
export interface StoredDocument {
  readonly id: string;
  readonly proposalId: string;
  readonly kind: DocumentKind;
  readonly mimeType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedAt: Date;
}

export interface DocumentContent {
  readonly content: Buffer;
  readonly sizeBytes: number;
  /** Hex SHA-256 of the content, kept for audit. */
  readonly sha256: string;
}

/** Decodes and checks an upload: strict Base64, 1 byte to 2 MB, content matching its declared type. */
export function readDocument(contentBase64: string, mimeType: string): DocumentContent {
  if (contentBase64.length > DOCUMENT_MAX_BASE64) throw fieldError('DOCUMENT.INVALID_SIZE', 'contentBase64', 'O documento deve ter no máximo 2 MB.');
  if (contentBase64.length === 0 || !BASE64.test(contentBase64)) throw fieldError('DOCUMENT.INVALID_CONTENT', 'contentBase64', 'contentBase64 deve estar em Base64.');
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > DOCUMENT_MAX_BYTES) throw fieldError('DOCUMENT.INVALID_SIZE', 'contentBase64', 'O documento deve ter no máximo 2 MB.');
  const signature = SIGNATURES[mimeType];
  if (!signature) throw fieldError('DOCUMENT.INVALID_MIME_TYPE', 'mimeType', `Formato não aceito: use ${DOCUMENT_MIME_TYPES.join(', ')}.`);
  if (content.length < signature.length || signature.some((byte, k) => content[k] !== byte)) {
    throw fieldError('DOCUMENT.INVALID_CONTENT', 'contentBase64', 'O conteúdo do documento não corresponde ao mimeType informado.');
  }
  return { content, sizeBytes: content.length, sha256: sha256Hex(content) };
}

/** Whether the kinds received so far complete the submission requirement. */
export function documentsComplete(kinds: Iterable<DocumentKind>): boolean {
  const have = new Set(kinds);
  return REQUIRED_FOR_SUBMISSION.every((k) => have.has(k));
}
