import { DomainError, fieldError } from '@consignado/core';
import type { FinanceError, Result } from '@consignado/finance';

export { fieldError };

/** The value of a finance parse, or a 400 naming `field` with finance's pt-BR message. */
export function valueOr400<T>(result: Result<T, FinanceError>, area: string, field: string): T {
  if (result.ok) return result.value;
  throw fieldError(`${area}.${result.error.code}`, field, result.error.message);
}

/** A finance rule's refusal as a domain error keeping its code and pt-BR message (HTTP 400/422). */
export function financeFailure(error: FinanceError): DomainError {
  return new DomainError(`FINANCE.${error.code}`, error.message, error.field ? { field: error.field } : {});
}
