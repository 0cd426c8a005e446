import type { PushService } from '../domain/push/push-service';
import { armFailNext } from './fail-next-body';
import { noContent, problem, send } from './respond';
import { route, type Route } from './router';

const isHttpError = (status: number) => Number.isInteger(status) && status >= 400 && status <= 599;

/**
 * `GET /push/messages?subscription=` (newest last), `GET /push/messages/:id`, `DELETE
 * /push/messages`, and `POST /push/fail-next {count, status}` (an HTTP status 400–599).
 */
export const pushMessageRoutes: Route<{ push: PushService }>[] = [
  route('/push/messages', {
    GET: ({ deps, url, res }) => {
      const subscription = url.searchParams.get('subscription');
      send(res, 200, deps.push.messages.list(subscription ? (m) => m.subscriptionId === subscription : undefined));
    },
    DELETE: ({ deps, res }) => {
      deps.push.messages.clear();
      noContent(res);
    },
  }),
  route('/push/messages/:id', {
    GET: ({ deps, res, params }) => {
      const message = deps.push.messages.find(params.id);
      return message ? send(res, 200, message) : problem(res, 404, 'PUSH.MESSAGE_NOT_FOUND', 'Mensagem de push não encontrada');
    },
  }),
  route('/push/fail-next', { POST: (context) => armFailNext(context, context.deps.push.failNext, isHttpError) }),
];
