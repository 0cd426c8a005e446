import { send } from './respond';
import { route, type Route } from './router';

/** Which listeners accept connections. */
export type Listening = Record<'smtp' | 'smpp' | 'http', boolean>;

/** `/health/live` always 200; `/health/ready` 200 only while SMTP, SMPP and HTTP all listen, else 503. */
export const healthRoutes: Route<{ listening: () => Listening }>[] = [
  route('/health/live', { GET: ({ res }) => send(res, 200, { status: 'ok' }) }),
  route('/health/ready', {
    GET: ({ deps, res }) => {
      const listening = deps.listening();
      const ready = Object.values(listening).every(Boolean);
      const checks = Object.fromEntries(Object.entries(listening).map(([name, up]) => [name, up ? 'up' : 'down']));
      send(res, ready ? 200 : 503, { status: ready ? 'ok' : 'error', checks });
    },
  }),
];
