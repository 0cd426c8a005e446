import { PUSH_ERRORS, type PushErrorCode } from '../domain/push/push-errors';
import { MAX_PUSH_BODY } from '../domain/push/push-request';
import type { PushService } from '../domain/push/push-service';
import { problem, readBody } from './respond';
import { route, type Route } from './router';

/** HTTP status per refusal (RFC 8030 §5–7, RFC 8292 §4); an injected failure answers its own. */
const STATUS: Record<Exclude<PushErrorCode, 'PUSH.INJECTED_FAILURE'>, number> = {
  'PUSH.SUBSCRIPTION_GONE': 410,
  'PUSH.PAYLOAD_TOO_LARGE': 413,
  'PUSH.VAPID_INVALID': 401,
  'PUSH.VAPID_KEY_MISMATCH': 403,
  'PUSH.TTL_REQUIRED': 400,
  'PUSH.URGENCY_INVALID': 400,
  'PUSH.ENCODING_UNSUPPORTED': 415,
  'PUSH.UNDECRYPTABLE': 400,
};

/** `POST /push/:id`: the push resource the application server (web-push) posts a message to. */
export const pushEndpointRoutes: Route<{ push: PushService }>[] = [
  route('/push/:id', {
    POST: async ({ deps, req, res, params }) => {
      const body = await readBody(req, MAX_PUSH_BODY);
      const header = (name: string) => [req.headers[name]].flat()[0];
      const headers = { authorization: header('authorization'), ttl: header('ttl'), urgency: header('urgency'), contentEncoding: header('content-encoding') };
      const outcome = deps.push.deliver({ subscriptionId: params.id, headers, body });
      // 201 with the message's location is the acknowledgement the sender counts as delivered (RFC 8030 §5).
      if (outcome.ok) return void res.writeHead(201, { location: `/push/messages/${outcome.message.id}` }).end();
      const status = outcome.code === 'PUSH.INJECTED_FAILURE' ? (outcome.status ?? 500) : STATUS[outcome.code];
      const challenge: Record<string, string> = status === 401 ? { 'www-authenticate': 'vapid' } : {};
      problem(res, status, outcome.code, PUSH_ERRORS[outcome.code], outcome.detail ? { detail: outcome.detail } : {}, challenge);
    },
  }),
];
