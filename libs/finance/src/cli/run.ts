import { FinanceError, FinanceErrorCode } from '../errors/finance-error';
import { asObject, Fields } from './fields';
import { OpHandler, loanOps } from './ops-loan';
import { productOps } from './ops-product';

export type CalcResult = { output: Record<string, unknown> } | { error: { code: string; message: string } };

const OPS = new Map<string, OpHandler>([...Object.entries(loanOps), ...Object.entries(productOps)]);

/** Codes that, at this boundary, all mean "a field is missing, malformed or out of range". */
const INPUT_CODES: ReadonlySet<FinanceErrorCode> = new Set<FinanceErrorCode>([
  'INVALID_INPUT',
  'INVALID_AMOUNT',
  'INVALID_RATE',
  'INVALID_TERM',
  'INVALID_DATE',
  'TERM_OUT_OF_RANGE',
  'GRACE_TOO_LONG',
  'AGE_LIMIT_EXCEEDED',
  'NO_PARAMETER_IN_FORCE',
]);

/**
 * Runs each `{op, input}` request independently (FINANCE.md contract): one bad request yields its
 * own `{error}` and never stops the others. Library codes that describe a bad field are reported
 * as INVALID_INPUT (the contract's code) with the library's message.
 */
export function runRequests(requests: readonly unknown[]): CalcResult[] {
  return requests.map(runOne);
}

function runOne(request: unknown): CalcResult {
  try {
    const envelope = asObject(request, 'request');
    const op = envelope['op'];
    if (typeof op !== 'string') throw new FinanceError('INVALID_INPUT', 'Campo op deve ser o nome de uma operação.', 'op');
    const handler = OPS.get(op);
    if (!handler) throw new FinanceError('UNKNOWN_OP', `Operação desconhecida: ${op}.`, 'op');
    return { output: handler(new Fields(asObject(envelope['input'], 'input'))) };
  } catch (error) {
    if (error instanceof FinanceError) {
      const code = INPUT_CODES.has(error.code) ? 'INVALID_INPUT' : error.code;
      return { error: { code, message: error.message } };
    }
    return { error: { code: 'INTERNAL_ERROR', message: `Erro interno no cálculo: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
