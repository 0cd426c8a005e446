import type { IncomingMessage } from 'node:http';
import type { PushService } from '../domain/push/push-service';
import { noContent, problem, send } from './respond';
import { route, type Route } from './router';

/**
 * `POST /push/subscriptions` → 201 `{ id, endpoint, keys: { p256dh, auth } }`, what a browser's
 * PushManager.subscribe() would give; `DELETE /push/subscriptions/:id` → 204 (404 when unknown),
 * after which pushes to it get 410.
 */
export const pushSubscriptionRoutes: Route<{ push: PushService }>[] = [
  route('/push/subscriptions', {
    POST: ({ deps, req, res }) => {
      const { id, endpoint, keys } = deps.push.subscriptions.create(originOf(req));
      send(res, 201, { id, endpoint, keys }, { location: `/push/subscriptions/${id}` });
    },
  }),
  route('/push/subscriptions/:id', {
    DELETE: ({ deps, res, params }) =>
      deps.push.subscriptions.remove(params.id) ? noContent(res) : problem(res, 404, 'PUSH.SUBSCRIPTION_NOT_FOUND', 'Assinatura de push não encontrada'),
  }),
];

/** The origin the caller reached the sink by (its Host header), so that the endpoint works for it. */
function originOf(req: IncomingMessage): string {
  const { localAddress = '127.0.0.1', localPort } = req.socket;
  const host = req.headers.host ?? `${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}`;
  return `http://${host}`;
}
