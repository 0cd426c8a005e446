import { createServer, type Server, type Socket } from 'node:net';
import { SmppConnection } from '../src/modules/notification/channels/smpp-session';
import { MailSinkProcess } from './mail-sink.process';

const COMMAND = { bind_transceiver: 0x00000009, submit_sm: 0x00000004, unbind: 0x00000006, enquire_link: 0x00000015 } as const;
const NAME = Object.fromEntries(Object.entries(COMMAND).map(([name, id]) => [id, name]));
const RESPONSE = 0x80000000;
const TIMEOUT_MS = 1_500;

const pdu = (commandId: number, sequence: number, body = Buffer.alloc(0)): Buffer => {
  const out = Buffer.alloc(16 + body.length);
  out.writeUInt32BE(out.length, 0);
  out.writeUInt32BE(commandId, 4);
  out.writeUInt32BE(0, 8);
  out.writeUInt32BE(sequence, 12);
  body.copy(out, 16);
  return out;
};

/**
 * An SMSC on raw TCP that binds anyone and takes every submit_sm. `polite`: it answers unbind and
 * hangs up, as SMPP v3.4 §4.2 asks; otherwise it ignores unbind and keeps its side of the connection
 * open after ours is closed (half-open), as a stuck or careless SMSC does.
 */
class FakeSmsc {
  readonly received: string[] = [];
  readonly connections = new Set<Socket>();
  private readonly server: Server;

  constructor(polite: boolean) {
    this.server = createServer({ allowHalfOpen: true }, (socket) => {
      this.connections.add(socket);
      socket.on('close', () => this.connections.delete(socket));
      socket.on('error', () => undefined);
      let pending = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 16 && pending.length >= pending.readUInt32BE(0)) {
          const [commandId, sequence] = [pending.readUInt32BE(4), pending.readUInt32BE(12)];
          pending = pending.subarray(pending.readUInt32BE(0));
          this.received.push(NAME[commandId] ?? `0x${commandId.toString(16)}`);
          if (commandId === COMMAND.bind_transceiver) socket.write(pdu(RESPONSE + commandId, sequence, Buffer.from('fake\0')));
          if (commandId === COMMAND.submit_sm) socket.write(pdu(RESPONSE + commandId, sequence, Buffer.from('msg-1\0')));
          if (commandId === COMMAND.enquire_link) socket.write(pdu(RESPONSE + commandId, sequence));
          if (commandId === COMMAND.unbind && polite) socket.end(pdu(RESPONSE + commandId, sequence));
        }
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smpp://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    this.connections.forEach((socket) => socket.destroy());
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const connectionTo = (url: string) => new SmppConnection({ url, systemId: 'consignado', password: 'dev-smpp', timeoutMs: TIMEOUT_MS });
const sms = { source_addr: 'CONSIGNADO', destination_addr: '5561987650000', message_payload: 'Proposta cancelada: teste' };

/** How long `close()` took, or undefined when it had not returned `waitMs` after it was called. */
async function closing(connection: SmppConnection, waitMs: number): Promise<number | undefined> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)));
  const took = await Promise.race([connection.close().then(() => Date.now() - started), gaveUp]);
  clearTimeout(timer);
  return took;
}

/** The SMS adapter's SMPP session on shutdown: unbound, and never left open (no socket, no enquire_link timer keeping the process alive). */
describe('notification SMPP session: closing', () => {
  const fakes: FakeSmsc[] = [];
  const fake = async (polite: boolean) => {
    const smsc = new FakeSmsc(polite);
    fakes.push(smsc);
    return { smsc, url: await smsc.start() };
  };

  afterAll(async () => {
    for (const smsc of fakes) await smsc.stop();
  });

  it('unbinds, and is closed as soon as the SMSC answers', async () => {
    const { smsc, url } = await fake(true);
    const connection = connectionTo(url);
    expect((await connection.submit(sms)).command_status).toBe(0);

    const took = await closing(connection, TIMEOUT_MS + 2_000);
    expect(took).toBeLessThan(TIMEOUT_MS);
    expect(smsc.received).toEqual(['bind_transceiver', 'submit_sm', 'unbind']);
    await waitForNoConnection(smsc);
  });

  it('an SMSC that neither answers the unbind nor hangs up: the connection is cut after the timeout, close() returns', async () => {
    const { smsc, url } = await fake(false);
    const connection = connectionTo(url);
    expect((await connection.submit(sms)).command_status).toBe(0);

    const took = await closing(connection, TIMEOUT_MS + 2_000);
    expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(took).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(smsc.received).toEqual(['bind_transceiver', 'submit_sm', 'unbind']);
    // Cut, not half-closed (as end() alone would leave it): what the SMSC writes now is refused, and its socket closes.
    await waitForNoConnection(smsc, { poke: true });
  });

  it('the mail sink (the local SMSC) answers the unbind: closed at once', async () => {
    const sink = await MailSinkProcess.create();
    await sink.start();
    try {
      const connection = connectionTo(sink.notificationEnv().SMPP_URL);
      expect((await connection.submit(sms)).command_status).toBe(0);
      expect(await closing(connection, TIMEOUT_MS + 2_000)).toBeLessThan(TIMEOUT_MS);
      expect(await sink.sms(sms.destination_addr)).toHaveLength(1);
    } finally {
      await sink.stop();
    }
  });

  it('closing a connection that never sent anything, or closing twice, returns at once', async () => {
    const { url } = await fake(true);
    const connection = connectionTo(url);
    expect(await closing(connection, 500)).toBeLessThan(100);
    await connection.submit(sms);
    expect(await closing(connection, TIMEOUT_MS + 2_000)).toBeLessThan(TIMEOUT_MS);
    expect(await closing(connection, 500)).toBeLessThan(100);
  });
});

/** Until the SMSC has no connection left; `poke`: it keeps writing enquire_link meanwhile, which a half-closed peer would still take. */
async function waitForNoConnection(smsc: FakeSmsc, { poke = false } = {}): Promise<void> {
  const deadline = Date.now() + 2_000;
  for (let sequence = 100; smsc.connections.size > 0; sequence++) {
    if (Date.now() > deadline) throw new Error(`the SMSC still holds ${smsc.connections.size} connection(s)`);
    if (poke) smsc.connections.forEach((socket) => socket.write(pdu(COMMAND.enquire_link, sequence)));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
