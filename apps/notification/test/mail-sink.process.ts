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

/**
 * apps/mail-sink as the stack runs it (`node -r @swc-node/register apps/mail-sink/src/main.ts`), on
 * fixed ports so it can be stopped and started again: an SMTP server that goes down and comes back.
 */
export class MailSinkProcess {
  private child: ChildProcess | undefined;

  constructor(
    readonly smtpPort: number,
    private readonly httpPort: number,
  ) {}

  static async create(): Promise<MailSinkProcess> {
    return new MailSinkProcess(await freePort(), await freePort());
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/mail-sink/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: String(this.httpPort), SMTP_PORT: String(this.smtpPort) },
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

  private get api(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }
}
