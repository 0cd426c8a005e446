import { createHash } from 'node:crypto';
import { DOCUMENT_MAX_BYTES, documentsComplete, readDocument } from './documents';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9]);
const PDF = Buffer.from('%PDF-1.7 test');
const b64 = (b: Buffer) => b.toString('base64');
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'accepted';
};

describe('document uploads (digital channel)', () => {
  it.each([
    [JPEG, 'image/jpeg'],
    [PNG, 'image/png'],
    [PDF, 'application/pdf'],
  ])('accepts real %s content declared as %s, hashing it', (content, mime) => {
    expect(readDocument(b64(content), mime)).toEqual({ content, sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  });

  it('accepts exactly 2 MB and refuses one byte more', () => {
    const max = Buffer.alloc(DOCUMENT_MAX_BYTES, 7);
    JPEG.copy(max);
    expect(readDocument(b64(max), 'image/jpeg').sizeBytes).toBe(DOCUMENT_MAX_BYTES);
    expect(code(() => readDocument(b64(Buffer.concat([max, Buffer.from([1])])), 'image/jpeg'))).toBe('DOCUMENT.INVALID_SIZE');
  });

  it.each([
    ['', 'image/jpeg', 'DOCUMENT.INVALID_CONTENT'],
    ['not base64!', 'image/jpeg', 'DOCUMENT.INVALID_CONTENT'],
    ['/9j/4A', 'image/jpeg', 'DOCUMENT.INVALID_CONTENT'],
    [b64(PNG), 'image/jpeg', 'DOCUMENT.INVALID_CONTENT'],
    [b64(PDF), 'image/png', 'DOCUMENT.INVALID_CONTENT'],
    [b64(JPEG), 'image/gif', 'DOCUMENT.INVALID_MIME_TYPE'],
  ])('refuses %j as %s: %s', (content, mime, expected) => {
    expect(code(() => readDocument(content, mime))).toBe(expected);
  });

  it.each([
    [['SELFIE', 'ID_FRONT'], true],
    [['ID_FRONT', 'PROOF_OF_INCOME', 'SELFIE'], true],
    [['SELFIE'], false],
    [['ID_FRONT', 'ID_BACK'], false],
    [[], false],
  ] as const)('kinds %j complete the submission: %s', (kinds, complete) => {
    expect(documentsComplete(kinds)).toBe(complete);
  });
});
