import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { DomainError } from '../errors/domain-error';

/** Keys of personal data (LGPD, R-SEC-3): AES-256 keys by id, the one new data is sealed with, and the lookup key. */
export interface PiiKeyRing {
  /** Key id → base64 of 32 bytes. Old ids stay while data sealed with them remains. */
  readonly keys: Readonly<Record<string, string>>;
  readonly active: string;
  /** base64 of 32 bytes: the HMAC key of lookup hashes (search and uniqueness without the clear value). */
  readonly lookupKey: string;
}

const PREFIX = 'pii:v1:';
const SEALED = /^pii:v1:([a-z0-9-]{1,32}):([A-Za-z0-9_-]{38,})$/;

export class UnreadablePiiError extends DomainError {
  constructor() {
    super('PRIVACY.UNREADABLE_FIELD', 'Dado pessoal cifrado ilegível (chave desconhecida ou conteúdo adulterado).');
  }
}

/**
 * Field-level encryption of personal data: AES-256-GCM, a fresh 96-bit IV per value, the field's
 * name as associated data (a CPF cannot be moved into a name field), the key id in the text —
 * `pii:v1:<kid>:<base64url(iv | ciphertext | tag)>` — so keys can rotate.
 */
export class FieldCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  private readonly lookupKey: Buffer;

  constructor(private readonly ring: PiiKeyRing) {
    this.keys = new Map(Object.entries(ring.keys).map(([id, b64]) => [id, key32(b64, `key ${id}`)]));
    if (!this.keys.has(ring.active)) throw new Error(`the active PII key ${ring.active} is not in the key ring`);
    this.lookupKey = key32(ring.lookupKey, 'lookup key');
  }

  seal(plain: string, field: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.ring.active) as Buffer, iv).setAAD(Buffer.from(field));
    const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}${this.ring.active}:${body.toString('base64url')}`;
  }

  open(sealed: string, field: string): string {
    const match = SEALED.exec(sealed);
    const key = match && this.keys.get(match[1]);
    if (!match || !key) throw new UnreadablePiiError();
    const body = Buffer.from(match[2], 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, 12)).setAAD(Buffer.from(field)).setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(12, body.length - 16)), decipher.final()]).toString('utf8');
    } catch {
      throw new UnreadablePiiError();
    }
  }

  /** Deterministic keyed hash (HMAC-SHA256, hex) of a value, for lookups by CPF without storing it. */
  lookup(value: string): string {
    return createHmac('sha256', this.lookupKey).update(value).digest('hex');
  }

  static isSealed(value: unknown): value is string {
    return typeof value === 'string' && SEALED.test(value);
  }
}

function key32(b64: string, what: string): Buffer {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new Error(`PII ${what} must be base64 of 32 bytes`);
  return key;
}

/**
 * The development key ring (README): public, so only for a developer's machine and tests —
 * `APP_ENV=production` refuses it.
 */
export const DEV_PII_KEY_RING: PiiKeyRing = {
  keys: { 'dev-1': Buffer.alloc(32, 'consignado-dev-pii-key').toString('base64') },
  active: 'dev-1',
  lookupKey: Buffer.alloc(32, 'consignado-dev-lookup').toString('base64'),
};
