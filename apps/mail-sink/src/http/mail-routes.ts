import type { Mailbox } from '../domain/mailbox';
import { noContent, send } from './respond';
import { route, type Route } from './router';

/** `GET /messages?to=` (newest last), `DELETE /messages`. */
export const mailRoutes: Route<{ mailbox: Mailbox }>[] = [
  route('/messages', {
    GET: ({ deps, url, res }) => send(res, 200, deps.mailbox.list(url.searchParams.get('to') ?? undefined)),
    DELETE: ({ deps, res }) => {
      deps.mailbox.clear();
      noContent(res);
    },
  }),
];
