import { connect, type Pdu, type Session } from 'smpp';

export interface SmppLogin {
  url: string;
  systemId: string;
  password: string;
  timeoutMs: number;
}

const ESME_ROK = 0;

/**
 * One bound SMPP transceiver session, opened on first use and again after it closes (the SMSC
 * restarted, a timeout): every send waits for the same bind. enquire_link keeps it alive. Closing
 * unbinds (SMPP v3.4 §4.2) and never waits longer than the timeout for the SMSC: then the
 * connection, and the enquire_link timer with it, is gone whatever the other side does.
 */
export class SmppConnection {
  private session: Promise<Session> | undefined;

  constructor(private readonly login: SmppLogin) {}

  /** submit_sm → the SMSC's command_status (0 = accepted: ESME_ROK) within the timeout, else an error and a fresh session next time. */
  async submit(options: Record<string, unknown>): Promise<Pdu> {
    const session = await this.bound();
    try {
      return await within(this.login.timeoutMs, 'submit_sm', (done) => session.submit_sm(options, done));
    } catch (error) {
      this.drop(session);
      throw error;
    }
  }

  async close(): Promise<void> {
    const session = await this.session?.catch(() => undefined);
    this.session = undefined;
    if (session) await unbindAndClose(session, this.login.timeoutMs);
  }

  private bound(): Promise<Session> {
    this.session ??= this.open().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async open(): Promise<Session> {
    let opening: Session | undefined;
    const session = await within<Session>(this.login.timeoutMs, 'connect', (done, fail) => {
      opening = connect({ url: this.login.url, auto_enquire_link_period: 30_000 }, () => done(opening as Session));
      opening.once('error', fail);
    }).catch((error: unknown) => {
      // A connect that timed out must not live on unowned (its socket and enquire_link timer).
      opening?.destroy();
      throw error;
    });
    session.on('error', () => this.drop(session));
    session.on('close', () => this.drop(session));
    // The SMSC's own requests are answered, or it may drop the session: its keep-alives, and the
    // delivery receipts (not tracked: SENT is the SMSC's acceptance).
    session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
    session.on('deliver_sm', (pdu: Pdu) => session.send(pdu.response()));
    const bind = await within<Pdu>(this.login.timeoutMs, 'bind', (done) => session.bind_transceiver({ system_id: this.login.systemId, password: this.login.password }, done)).catch((error: unknown) => {
      session.destroy();
      throw error;
    });
    if (bind.command_status !== ESME_ROK) {
      session.destroy();
      throw new Error(`SMSC refused the bind (command_status 0x${bind.command_status.toString(16)})`);
    }
    return session;
  }

  private drop(session: Session): void {
    void this.session?.then((current) => {
      if (current === session) this.session = undefined;
    }, () => undefined);
    session.destroy();
  }
}

/**
 * unbind, then the connection closes: when the SMSC answers unbind_resp, when it closes first, or
 * after `ms` at the latest (an SMSC that neither answers nor closes would otherwise hold the
 * shutdown, and the session's enquire_link timer the process, for ever).
 */
function unbindAndClose(session: Session, ms: number): Promise<void> {
  if (session.socket.destroyed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => session.destroy(), ms);
    session.socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    if (!session.unbind({}, () => session.destroy())) session.destroy();
  });
}

/** Runs a callback-style call, failing after `ms`. */
function within<T>(ms: number, what: string, call: (done: (value: T) => void, fail: (error: Error) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SMSC ${what} timed out after ${ms} ms`)), ms);
    call((value) => (clearTimeout(timer), resolve(value)), (error) => (clearTimeout(timer), reject(error)));
  });
}
