import { Cpf } from '@consignado/finance';

/** The DICT's key types (Bacen, Manual de Formas de Iniciação do Pix). */
export type PixKeyType = 'CPF' | 'CNPJ' | 'EMAIL' | 'PHONE' | 'EVP';

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
/** +55, a two-digit area code (11–99), then 8 (landline) or 9 (mobile) digits. */
const PHONE = /^\+55[1-9][1-9]\d{8,9}$/;
const EVP = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MAX_LENGTH = 77;

/** A key as the DICT keeps it: e-mail and EVP lower-case, nothing else touched. */
export function normalizePixKey(key: string): string {
  return key.includes('@') || EVP.test(key.toLowerCase()) ? key.toLowerCase() : key;
}

/** The type of a well-formed key (check digits of CPF and CNPJ included), or undefined. */
export function pixKeyType(key: string): PixKeyType | undefined {
  if (key.length === 0 || key.length > MAX_LENGTH) return undefined;
  if (/^\d{11}$/.test(key)) return Cpf.parse(key).ok ? 'CPF' : undefined;
  if (/^\d{14}$/.test(key)) return validCnpj(key) ? 'CNPJ' : undefined;
  if (key.startsWith('+')) return PHONE.test(key) ? 'PHONE' : undefined;
  if (EVP.test(key)) return 'EVP';
  return EMAIL.test(key) ? 'EMAIL' : undefined;
}

/** CNPJ check digits (mod 11, weights 5..2,9..2 then 6..2,9..2); all-equal digits are refused. */
function validCnpj(digits: string): boolean {
  if (/^(\d)\1{13}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const check = (length: number): number => {
    const sum = d.slice(0, length).reduce((acc, n, k) => acc + n * (((length - 1 - k) % 8) + 2), 0);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return check(12) === d[12] && check(13) === d[13];
}
