import type { FailNext } from '../domain/fail-next';
import type { RouteContext } from './router';
import { noContent, problem, readJson } from './respond';

const MAX_COUNT = 1000;

/**
 * `POST …/fail-next {count, status}`: arms `failNext` for the next `count` requests (1 when
 * omitted, at most 1000); `status` must pass `accepts`. 204, or 400 for a body that does not fit.
 */
export async function armFailNext(context: RouteContext<unknown>, failNext: FailNext, accepts: (status: number) => boolean): Promise<void> {
  const body = await readJson(context.req);
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const count = fields.count === undefined ? 1 : Number(fields.count);
  // JSON has no hex numbers: a string such as "0x58" is read too.
  const status = typeof fields.status === 'string' || typeof fields.status === 'number' ? Number(fields.status) : NaN;
  if (body === undefined || !Number.isInteger(count) || count < 1 || count > MAX_COUNT || !accepts(status)) {
    return problem(context.res, 400, 'REQUEST.INVALID_BODY', 'Corpo inválido: esperado { count: 1..1000, status }');
  }
  failNext.arm(count, status);
  noContent(context.res);
}
