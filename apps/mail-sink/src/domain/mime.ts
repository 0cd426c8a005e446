/**
 * Just enough MIME (RFC 2045–2047) to read back what nodemailer sends: headers with encoded-words,
 * a text/plain body in quoted-printable, base64 or 7/8bit, possibly inside a multipart. The raw
 * message is handled as a latin1 string so every byte survives until its charset is known.
 */
export interface ParsedMail {
  subject: string;
  from: string;
  text: string;
}

type Headers = Map<string, string>;

interface Part {
  headers: Headers;
  body: string;
}

export function parseMail(raw: Buffer): ParsedMail {
  // SMTP's DATA ends the message with a line break that is not part of the body.
  const message = splitPart(raw.toString('latin1').replace(/\r?\n$/, ''));
  return {
    subject: decodeWords(headerText(message.headers, 'subject')),
    from: decodeWords(headerText(message.headers, 'from')),
    text: textOf(message) ?? '',
  };
}

/** RFC 2047 encoded-words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) decoded; the rest kept as is. */
export function decodeWords(value: string): string {
  // Whitespace between two adjacent encoded-words is not part of the text (RFC 2047 §6.2).
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  const pattern = /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g;
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Buffer[] } | undefined;
  const flush = () => {
    if (pending) out += decodeBytes(Buffer.concat(pending.bytes), pending.charset);
    pending = undefined;
  };
  for (const match of joined.matchAll(pattern)) {
    const literal = joined.slice(last, match.index);
    if (literal) {
      flush();
      out += literal;
    }
    const charset = match[1].split('*')[0].toLowerCase();
    const bytes = match[2].toUpperCase() === 'B' ? Buffer.from(match[3], 'base64') : qpBytes(match[3].replace(/_/g, ' '));
    // Words of one charset are decoded together: a multi-byte character may span two of them.
    if (pending && pending.charset !== charset) flush();
    pending = pending ?? { charset, bytes: [] };
    pending.bytes.push(bytes);
    last = match.index + match[0].length;
  }
  flush();
  return out + joined.slice(last);
}

/** Quoted-printable (RFC 2045 §6.7) to bytes: soft line breaks removed, `=XX` decoded. */
export function qpBytes(text: string): Buffer {
  const unwrapped = text.replace(/=\r?\n/g, '');
  const binary = unwrapped.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(binary, 'latin1');
}

function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function splitPart(text: string): Part {
  const match = /\r?\n\r?\n/.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  return { headers: parseHeaders(head), body };
}

function parseHeaders(head: string): Headers {
  const headers: Headers = new Map();
  // Folded lines (starting with white space) continue the previous header (RFC 5322 §2.2.3).
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** A header's value; raw 8-bit bytes in it (SMTPUTF8) are read as UTF-8. */
function headerText(headers: Headers, name: string): string {
  return Buffer.from(headers.get(name) ?? '', 'latin1').toString('utf8');
}

function contentType(headers: Headers): { type: string; params: Map<string, string> } {
  const [type, ...rest] = (headers.get('content-type') ?? 'text/plain').split(';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq > 0) params.set(param.slice(0, eq).trim().toLowerCase(), param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return { type: type.trim().toLowerCase(), params };
}

/** The first text/plain part that is not an attachment, decoded; undefined when there is none. */
function textOf(part: Part): string | undefined {
  const { type, params } = contentType(part.headers);
  const boundary = params.get('boundary');
  if (type.startsWith('multipart/') && boundary) {
    for (const child of splitMultipart(part.body, boundary)) {
      const text = textOf(splitPart(child));
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (type !== 'text/plain' || /^attachment/i.test(part.headers.get('content-disposition') ?? '')) return undefined;
  const decoded = decodeBytes(transferDecode(part.body, part.headers.get('content-transfer-encoding')), params.get('charset') ?? 'utf-8');
  return decoded.replace(/\r\n/g, '\n');
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const end = body.indexOf(`${delimiter}--`);
  const sections = (end >= 0 ? body.slice(0, end) : body).split(delimiter).slice(1);
  // Each part starts after the delimiter line's CRLF and ends before the next delimiter's CRLF.
  return sections.map((section) => section.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, ''));
}

function transferDecode(body: string, encoding = '7bit'): Buffer {
  switch (encoding.trim().toLowerCase()) {
    case 'quoted-printable':
      return qpBytes(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    default:
      return Buffer.from(body, 'latin1');
  }
}
