import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { waitFor } from '@consignado/testing';

const REPO_ROOT = resolve(__dirname, '../../..');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface SunkMessage {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

export interface SunkSms {
  id: string;
  from: string;
  to: string;
  text: string;
}

/** A device as the sink's push service created it: what an app would send to notification. */
export interface SinkDevice {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * apps/mail-sink as the stack runs it (`node -r @swc-node/register apps/mail-sink/src/main.ts`), on
 * fixed ports so it can be stopped and started again: an SMTP server, SMSC and push service that go
 * down and come back.
 */
export class MailSinkProcess {
  private child: ChildProcess | undefined;

  constructor(
    readonly smtpPort: number,
    private readonly httpPort: number,
    readonly smppPort: number,
  ) {}

  static async create(): Promise<MailSinkProcess> {
    return new MailSinkProcess(await freePort(), await freePort(), await freePort());
  }

  /**
   * notificationEnv() with short waits, so a retry shows up within a test (production defaults are
   * 1 s .. 5 min); `overrides` last.
   */
  fastDeliveryEnv(overrides: Record<string, string> = {}): Record<string, string> {
    return { ...this.notificationEnv(), SMTP_TIMEOUT_MS: '2000', DELIVERY_POLL_INTERVAL_MS: '50', DELIVERY_BACKOFF_BASE_MS: '50', DELIVERY_BACKOFF_MAX_MS: '200', ...overrides };
  }

  /** What notification needs to send e-mail, SMS and push here. */
  notificationEnv(): Record<string, string> {
    return { SMTP_PORT: String(this.smtpPort), SMPP_URL: `smpp://127.0.0.1:${this.smppPort}`, PUSH_ALLOWED_ORIGINS: this.api };
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/mail-sink/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: String(this.httpPort), SMTP_PORT: String(this.smtpPort), SMPP_PORT: String(this.smppPort) },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(`${this.api}/health/ready`)).ok, { timeoutMs: 30_000, description: 'mail sink ready' });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }

  async messages(to: string): Promise<SunkMessage[]> {
    const res = await fetch(`${this.api}/messages?to=${encodeURIComponent(to)}`);
    if (!res.ok) throw new Error(`mail sink answered ${res.status}`);
    return (await res.json()) as SunkMessage[];
  }

  async sms(to: string): Promise<SunkSms[]> {
    const res = await fetch(`${this.api}/sms?to=${encodeURIComponent(to)}`);
    if (!res.ok) throw new Error(`SMSC sink answered ${res.status}`);
    return (await res.json()) as SunkSms[];
  }

  /** A new device at the sink's push service (its keys stay there, as in a browser). */
  async newDevice(): Promise<SinkDevice> {
    const res = await fetch(`${this.api}/push/subscriptions`, { method: 'POST' });
    if (res.status !== 201) throw new Error(`push sink answered ${res.status}`);
    return (await res.json()) as SinkDevice;
  }

  /** The device unsubscribes at its push service: pushes to it get 410. */
  async dropDevice(id: string): Promise<void> {
    await fetch(`${this.api}/push/subscriptions/${id}`, { method: 'DELETE' });
  }

  /** What the device received, decrypted. */
  async pushes(subscriptionId: string): Promise<Array<{ payload: string }>> {
    const res = await fetch(`${this.api}/push/messages?subscription=${subscriptionId}`);
    if (!res.ok) throw new Error(`push sink answered ${res.status}`);
    return (await res.json()) as Array<{ payload: string }>;
  }

  /** Test hook: the next `count` submit_sm are answered with command_status `status` (e.g. '0x58') and not kept. */
  async failNextSms(count: number, status: number | string): Promise<void> {
    await this.armFailure('sms', count, status);
  }

  /** Test hook: the next `count` pushes are answered with HTTP `status` (e.g. 503) and not kept. */
  async failNextPush(count: number, status: number): Promise<void> {
    await this.armFailure('push', count, status);
  }

  /** The push service's origin: where its devices' endpoints point. */
  get pushOrigin(): string {
    return this.api;
  }

  private async armFailure(service: 'sms' | 'push', count: number, status: number | string): Promise<void> {
    const res = await fetch(`${this.api}/${service}/fail-next`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count, status }) });
    if (res.status !== 204) throw new Error(`${service} fail-next answered ${res.status}`);
  }

  private get api(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }
}
