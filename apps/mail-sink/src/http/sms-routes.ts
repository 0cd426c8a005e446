import { isErrorStatus } from '../domain/sms/command-status';
import type { SmsCenter } from '../domain/sms/sms-center';
import { armFailNext } from './fail-next-body';
import { noContent, send } from './respond';
import { route, type Route } from './router';

/** `GET /sms?to=` (newest last), `DELETE /sms`, `POST /sms/fail-next {count, status}` (an SMPP command_status). */
export const smsRoutes: Route<{ sms: SmsCenter }>[] = [
  route('/sms', {
    GET: ({ deps, url, res }) => send(res, 200, deps.sms.list(url.searchParams.get('to') ?? undefined)),
    DELETE: ({ deps, res }) => {
      deps.sms.clear();
      noContent(res);
    },
  }),
  route('/sms/fail-next', { POST: (context) => armFailNext(context, context.deps.sms.failNext, isErrorStatus) }),
];
