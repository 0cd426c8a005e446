import { isUtf8 } from 'node:buffer';
import { DomainError } from '@consignado/core';

/** Deeper than any of our request bodies, shallow enough that no validator recurses into a stack overflow. */
export const MAX_JSON_DEPTH = 32;

/** C0 control characters written as escapes (tab, line feed and carriage return are text). */
const CONTROL_ESCAPE = /\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F])|\\u007[fF]/;

export class MalformedBodyError extends DomainError {
  constructor(detail: string) {
    super('REQUEST.MALFORMED_BODY', detail);
  }
}

/**
 * Checks a JSON body's raw bytes before parsing (R-X-1): valid UTF-8, nested at most
 * MAX_JSON_DEPTH deep (counted without recursion), no control characters in its strings.
 */
export function checkJsonBytes(body: Buffer): void {
  if (!isUtf8(body)) throw new MalformedBodyError('O corpo da requisição deve estar em UTF-8 válido.');
  if (depthOf(body) > MAX_JSON_DEPTH) throw new MalformedBodyError(`O corpo da requisição tem mais de ${MAX_JSON_DEPTH} níveis de aninhamento.`);
  if (CONTROL_ESCAPE.test(body.toString('utf8'))) throw new MalformedBodyError('O corpo da requisição contém caracteres de controle.');
}

function depthOf(body: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}
