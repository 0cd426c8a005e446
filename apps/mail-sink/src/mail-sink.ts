import type { AddressInfo, Server } from 'node:net';
import type { MailSinkConfig } from './config';
import { Mailbox } from './domain/mailbox';
import { createHttpApi } from './http-api';
import { createSmtpReceiver } from './smtp-receiver';

export interface RunningMailSink {
  mailbox: Mailbox;
  /** The ports actually bound (0 in the config picks a free one). */
  smtpPort: number;
  httpPort: number;
  close(): Promise<void>;
}

/** Starts the SMTP listener, then the HTTP API (ready as soon as it answers). */
export async function startMailSink(config: Pick<MailSinkConfig, 'HOST' | 'PORT' | 'SMTP_PORT'>): Promise<RunningMailSink> {
  const mailbox = new Mailbox();
  const smtp = createSmtpReceiver(mailbox);
  let smtpListening = false;
  const smtpServer = await listen(smtp.server, () => smtp.listen(config.SMTP_PORT, config.HOST));
  smtpListening = true;
  const http = createHttpApi({ mailbox, smtpListening: () => smtpListening });
  await listen(http, () => http.listen(config.PORT, config.HOST));
  return {
    mailbox,
    smtpPort: (smtpServer.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    close: async () => {
      smtpListening = false;
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** Resolves once `server` listens, rejects if binding fails (port taken). */
function listen<S extends Server>(server: S, start: () => void): Promise<S> {
  return new Promise<S>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
    start();
  });
}
