import { FinanceError, FinanceErrorCode } from '../errors/finance-error';
import { asObject, Fields } from './fields';
import { OpHandler, loanOps } from './ops-loan';
import { lifeCycleOps } from './ops-life-cycle';
import { productOps } from './ops-product';

export type CalcResult = { output: Record<string, unknown> } | { error: { code: string; message: string } };

const OPS = new Map<string, OpHandler>([...Object.entries(loanOps), ...Object.entries(productOps), ...Object.entries(lifeCycleOps)]);

/**
 * The code the command prints for each library code (FINANCE.md "The calculation command"): the
 * codes that describe a bad field all become the contract's INVALID_INPUT; business outcomes pass
 * through. A Record, so a new library code does not compile until it is classified here.
 */
const CLI_CODES: Readonly<Record<FinanceErrorCode, string>> = {
  INVALID_INPUT: 'INVALID_INPUT',
  INVALID_AMOUNT: 'INVALID_INPUT',
  INVALID_RATE: 'INVALID_INPUT',
  INVALID_TERM: 'INVALID_INPUT',
  INVALID_DATE: 'INVALID_INPUT',
  INVALID_CPF: 'INVALID_INPUT',
  INVALID_BENEFIT_NUMBER: 'INVALID_INPUT',
  TERM_OUT_OF_RANGE: 'INVALID_INPUT',
  GRACE_TOO_LONG: 'INVALID_INPUT',
  AGE_LIMIT_EXCEEDED: 'INVALID_INPUT',
  NO_PARAMETER_IN_FORCE: 'INVALID_INPUT',
  UNKNOWN_OP: 'UNKNOWN_OP',
  SCORE_TOO_LOW: 'SCORE_TOO_LOW',
  INSURANCE_NOT_ALLOWED: 'INSURANCE_NOT_ALLOWED',
  CONTRACT_SETTLED: 'CONTRACT_SETTLED',
  DATE_BEFORE_LAST_PAYMENT: 'DATE_BEFORE_LAST_PAYMENT',
  OVERDUE_INSTALLMENTS: 'OVERDUE_INSTALLMENTS',
  INSUFFICIENT_MARGIN: 'INSUFFICIENT_MARGIN',
  EXTRA_AMOUNT_SETTLES_CONTRACT: 'EXTRA_AMOUNT_SETTLES_CONTRACT',
  EXTRA_AMOUNT_TOO_SMALL: 'EXTRA_AMOUNT_TOO_SMALL',
  INSTALLMENTS_PAID_AHEAD: 'INSTALLMENTS_PAID_AHEAD',
  REFINANCE_TOO_EARLY: 'REFINANCE_TOO_EARLY',
  TERM_EXCEEDS_REMAINING: 'TERM_EXCEEDS_REMAINING',
  NO_SAVING: 'NO_SAVING',
  NO_OVERDUE_INSTALLMENTS: 'NO_OVERDUE_INSTALLMENTS',
  NO_FEASIBLE_TERM: 'NO_FEASIBLE_TERM',
  DISCOUNT_ABOVE_LIMIT: 'DISCOUNT_ABOVE_LIMIT',
  GRACE_ABOVE_LIMIT: 'GRACE_ABOVE_LIMIT',
};

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
      const code = CLI_CODES[error.code];
      return { error: { code, message: error.message } };
    }
    return { error: { code: 'INTERNAL_ERROR', message: `Erro interno no cálculo: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
