export { DomainError, fieldError, isDomainError } from './errors/domain-error';
export { fail, ok, type Result } from './errors/result';
export { maskCpf, maskCpfsInText, maskName, maskPayoutKey, redact } from './privacy/mask';
export { canonicalJson, contentHash, sha256Hex } from './content/content-hash';
export { DEV_PII_KEY_RING, FieldCipher, type PiiKeyRing, UnreadablePiiError } from './privacy/field-cipher';
export { runInSpan } from './tracing/run-in-span';
