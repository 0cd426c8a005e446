import { Agent } from 'node:https';
import { connect, type NetConnectOpts, type Socket } from 'node:net';

/**
 * web-push 3.6.7 always sends with https.request; this agent opens plain TCP instead, for the local
 * push service's http:// endpoint (development only: PUSH_ALLOWED_ORIGINS must be https in production).
 */
export class PlainHttpAgent extends Agent {
  override createConnection(options: NetConnectOpts): Socket {
    return connect(options);
  }
}
