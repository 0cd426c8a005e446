import { createServer, type Server } from 'node:http';
import type { Mailbox } from './domain/mailbox';
import type { PushService } from './domain/push/push-service';
import type { SmsCenter } from './domain/sms/sms-center';
import { healthRoutes, type Listening } from './http/health-routes';
import { mailRoutes } from './http/mail-routes';
import { pushEndpointRoutes } from './http/push-endpoint-route';
import { pushMessageRoutes } from './http/push-message-routes';
import { pushSubscriptionRoutes } from './http/push-subscription-routes';
import { router, type Route } from './http/router';
import { smsRoutes } from './http/sms-routes';

export interface HttpApiDeps {
  mailbox: Mailbox;
  sms: SmsCenter;
  push: PushService;
  /** Which listeners accept connections (for /health/ready). */
  listening: () => Listening;
}

/** The fixed push routes come before `/push/:id`, which would match them too. */
const ROUTES: Route<HttpApiDeps>[] = [...healthRoutes, ...mailRoutes, ...smsRoutes, ...pushSubscriptionRoutes, ...pushMessageRoutes, ...pushEndpointRoutes];

/**
 * The sinks' HTTP API: e-mail (`/messages`), SMS (`/sms`), Web Push (`/push/…`, the push endpoint
 * included) and `/health/*`. Errors use the platform's shape: a `code` and a pt-BR `message`.
 */
export function createHttpApi(deps: HttpApiDeps): Server {
  return createServer(router(ROUTES, deps));
}
