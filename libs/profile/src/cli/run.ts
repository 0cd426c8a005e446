import { isRecord } from '../input/read';
import { financialProfile } from '../profile/financial-profile';
import { FinancialProfile } from '../profile/financial-profile.types';
import { recommendProduct } from '../recommend/recommend-product';
import { Recommendation } from '../recommend/recommendation.types';
import { ProfileInputError, inputError } from '../types';

export type CalcResult = FinancialProfile | Recommendation | ProfileInputError;

/** The contract's ops (PROFILE.md "Command"); `profile` rejects a non-object input itself. */
const OPS: Readonly<Record<string, (input: unknown) => CalcResult>> = {
  profile: (input) => (isRecord(input) ? financialProfile(input) : inputError('INVALID_INPUT', 'input deve ser um objeto')),
  recommend: recommendProduct,
};

/** Runs one `{op, input}` request; a bad request yields its own `{error}`. */
export function runRequest(request: unknown): CalcResult {
  if (!isRecord(request)) return inputError('INVALID_INPUT', 'requisição deve ser um objeto {"op", "input"}');
  const op = request['op'];
  const handler = typeof op === 'string' && Object.hasOwn(OPS, op) ? OPS[op] : undefined;
  return handler ? handler(request['input']) : inputError('UNKNOWN_OP', 'operação desconhecida');
}

/** One request → one result; an array → the array of results, same order (batch mode). */
export const runStdin = (parsed: unknown): CalcResult | CalcResult[] =>
  Array.isArray(parsed) ? parsed.map(runRequest) : runRequest(parsed);
