/**
 * LGPD masking for logs (R-X-2): CPF, names and incomes never appear in clear.
 * Masking keeps just enough to correlate by eye (middle CPF digits, initials).
 */

const CPF_PATTERN = /\b(\d{3})\.?(\d{3})\.?(\d{3})-?(\d{2})\b/g;

/** "123.456.789-09" or "12345678909" → "***.456.789-**". */
export function maskCpf(cpf: string): string {
  const digits = cpf.replace(/\D/g, '');
  if (digits.length !== 11) return '***';
  return `***.${digits.slice(3, 6)}.${digits.slice(6, 9)}-**`;
}

/** "Maria da Silva" → "M*** d* S****". */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]}${'*'.repeat(Math.max(part.length - 1, 1))}`)
    .join(' ');
}

/** Replaces every CPF-shaped sequence inside free text. */
export function maskCpfsInText(text: string): string {
  return text.replace(CPF_PATTERN, (_m, _a, b, c) => `***.${b}.${c}-**`);
}

/** Keys holding personal data, compared lower-case without `_`/`-`; names only as whole keys (not `errorName`). */
const NAME_KEYS = new Set(['name', 'fullname', 'customername', 'firstname', 'lastname', 'mothername', 'socialname', 'nome', 'nomecompleto']);
const SENSITIVE_SUFFIXES = ['income', 'renda', 'salary', 'salario', 'benefitvalue', 'birthdate', 'nascimento', 'email', 'phone', 'telefone', 'document', 'documento'];

function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_-]/g, '');
  return NAME_KEYS.has(k) || SENSITIVE_SUFFIXES.some((suffix) => k.endsWith(suffix));
}
const REDACTED = '[redacted]';

/**
 * A deep copy of a log context with personal data masked: CPF-like keys are masked, other
 * sensitive keys (names, incomes, contact data) redacted, CPFs inside any string masked.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[depth]';
  if (typeof value === 'string') return maskCpfsInText(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (/cpf/i.test(key) && typeof v === 'string') out[key] = maskCpf(v);
    else if (isSensitiveKey(key) && v !== null && v !== undefined) out[key] = REDACTED;
    else out[key] = redact(v, depth + 1);
  }
  return out;
}

/**
 * A payout PIX key or account number as the customer and staff may see it: an e-mail keeps its
 * first letter and domain ("c***@example.com"), anything else its last four characters ("****5678").
 */
export function maskPayoutKey(value: string): string {
  const at = value.indexOf('@');
  return at > 0 ? `${value[0]}***${value.slice(at)}` : `****${value.slice(-4)}`;
}
