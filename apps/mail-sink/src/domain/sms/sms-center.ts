import { FailNext } from '../fail-next';
import { Inbox, type Received } from '../inbox';
import { CommandStatus } from './command-status';

/** An SMS as the HTTP API shows it. */
export interface Sms extends Received {
  /** source_addr */
  from: string;
  /** destination_addr */
  to: string;
  text: string;
  dataCoding: number;
}

export type SubmittedSms = Omit<Sms, keyof Received>;

/** The only ESME allowed to bind. */
export const SMPP_SYSTEM_ID = 'consignado';

/** The local SMSC's rules: who may bind and what a submit_sm gets; answers are SMPP command_status values. */
export class SmsCenter {
  readonly failNext = new FailNext();
  private readonly inbox = new Inbox<Sms>();

  constructor(private readonly password: string) {}

  bind(systemId: string, password: string): number {
    if (systemId !== SMPP_SYSTEM_ID) return CommandStatus.ESME_RBINDFAIL;
    return password === this.password ? CommandStatus.ESME_ROK : CommandStatus.ESME_RINVPASWD;
  }

  /** Keeps the message and answers ESME_ROK, unless a failure was injected for it (then nothing is kept). */
  submit(sms: SubmittedSms, now: Date = new Date()): { status: number; sms?: Sms } {
    const injected = this.failNext.take();
    if (injected !== undefined) return { status: injected };
    return { status: CommandStatus.ESME_ROK, sms: this.inbox.add(sms, now) };
  }

  /** Newest last; with `to`, those sent to that number (`+`, spaces, dots, dashes and parentheses ignored). */
  list(to?: string): Sms[] {
    if (!to?.trim()) return this.inbox.list();
    const wanted = numberKey(to);
    return this.inbox.list((sms) => numberKey(sms.to) === wanted);
  }

  clear(): number {
    return this.inbox.clear();
  }
}

function numberKey(address: string): string {
  return address.replace(/[\s+().-]/g, '');
}
