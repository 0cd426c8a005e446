import { createDecipheriv, hkdfSync } from 'node:crypto';
import type { PushSubscription } from './push-subscriptions';

/** salt (16) || rs (4) || idlen (1), then keyid: the application server's public key (RFC 8291 §4). */
const HEADER_LENGTH = 21;
const SENDER_KEY_LENGTH = 65;
const TAG_LENGTH = 16;

/**
 * The plaintext of an `aes128gcm` push message body (RFC 8188 §2, keys per RFC 8291 §3), or
 * undefined when it is malformed or does not decrypt with the subscription's keys. Application
 * servers send a single record (RFC 8291 §4), so only that is accepted.
 */
export function decryptPush(body: Buffer, keys: Pick<PushSubscription, 'ecdh' | 'authSecret'>): Buffer | undefined {
  if (body.length < HEADER_LENGTH + SENDER_KEY_LENGTH + TAG_LENGTH + 1) return undefined;
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  if (body[20] !== SENDER_KEY_LENGTH || recordSize < TAG_LENGTH + 2) return undefined;
  const senderKey = body.subarray(HEADER_LENGTH, HEADER_LENGTH + SENDER_KEY_LENGTH);
  const record = body.subarray(HEADER_LENGTH + SENDER_KEY_LENGTH);
  if (record.length > recordSize) return undefined;
  try {
    const ikm = hkdf(keys.ecdh.computeSecret(senderKey), keys.authSecret, Buffer.concat([Buffer.from('WebPush: info\0'), keys.ecdh.getPublicKey(), senderKey]), 32);
    const decipher = createDecipheriv('aes-128-gcm', hkdf(ikm, salt, 'Content-Encoding: aes128gcm\0', 16), hkdf(ikm, salt, 'Content-Encoding: nonce\0', 12));
    decipher.setAuthTag(record.subarray(record.length - TAG_LENGTH));
    return unpad(Buffer.concat([decipher.update(record.subarray(0, record.length - TAG_LENGTH)), decipher.final()]));
  } catch {
    // Not a point on the curve, or the tag does not authenticate.
    return undefined;
  }
}

function hkdf(ikm: Buffer, salt: Buffer, info: Buffer | string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

/** The last (here only) record's plaintext ends with the delimiter 0x02, then 0x00 padding (RFC 8188 §2). */
function unpad(padded: Buffer): Buffer | undefined {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  return end >= 0 && padded[end] === 0x02 ? padded.subarray(0, end) : undefined;
}
