import type { AddressInfo, Server } from 'node:net';
import type { MailSinkConfig } from './config';
import { Mailbox } from './domain/mailbox';
import { PushService } from './domain/push/push-service';
import { SmsCenter } from './domain/sms/sms-center';
import { createHttpApi } from './http-api';
import type { Listening } from './http/health-routes';
import { listen } from './listen';
import { createSmsc } from './smpp/smsc';
import { createSmtpReceiver } from './smtp-receiver';

export type MailSinkSettings = Pick<MailSinkConfig, 'HOST' | 'PORT' | 'SMTP_PORT' | 'SMPP_PORT' | 'SMPP_PASSWORD'>;

export interface RunningMailSink {
  mailbox: Mailbox;
  sms: SmsCenter;
  push: PushService;
  /** The ports actually bound (0 in the config picks a free one). */
  smtpPort: number;
  smppPort: number;
  httpPort: number;
  close(): Promise<void>;
}

/** Starts SMTP, then SMPP, then the HTTP API; ready once all three listen. A failed start closes what it opened. */
export async function startMailSink(config: MailSinkSettings): Promise<RunningMailSink> {
  const [mailbox, sms, push] = [new Mailbox(), new SmsCenter(config.SMPP_PASSWORD), new PushService()];
  const listening: Listening = { smtp: false, smpp: false, http: false };
  const smtp = createSmtpReceiver(mailbox);
  const smsc = createSmsc(sms);
  const http = createHttpApi({ mailbox, sms, push, listening: () => ({ ...listening }) });
  const close = async () => {
    Object.assign(listening, { smtp: false, smpp: false, http: false });
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    [...smsc.sessions].forEach((session) => session.destroy());
    http.closeAllConnections();
    await Promise.all([smsc, http].map((server) => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()))));
  };
  try {
    await listen(smtp.server, 'SMTP', config.SMTP_PORT, config.HOST);
    listening.smtp = true;
    await listen(smsc, 'SMPP', config.SMPP_PORT, config.HOST);
    listening.smpp = true;
    await listen(http, 'HTTP', config.PORT, config.HOST);
    listening.http = true;
  } catch (error) {
    await close();
    throw error;
  }
  const port = (server: Server) => (server.address() as AddressInfo).port;
  return { mailbox, sms, push, smtpPort: port(smtp.server), smppPort: port(smsc), httpPort: port(http), close };
}
