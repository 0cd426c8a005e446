import { Agent } from 'node:https';
import { connect, type NetConnectOpts, type Socket } from 'node:net';

/**
 * web-push 3.6.7 always sends with https.request; this https.Agent opens plain TCP connections, so
 * that it can post to the sink's http:// push endpoint as it would to a real push service.
 */
export class PlainHttpAgent extends Agent {
  override createConnection(options: NetConnectOpts): Socket {
    return connect(options);
  }
}
