import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Mailbox } from './domain/mailbox';
import { parseMail } from './domain/mime';

/** Largest message accepted (bytes); larger ones are refused with 552. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** Plain SMTP that accepts any sender and recipient and keeps what it receives in `mailbox`. */
export function createSmtpReceiver(mailbox: Mailbox): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    banner: 'ConsignadoHub mail sink',
    logger: false,
    disableReverseLookup: true,
    // Shutdown should not wait long for idle clients.
    closeTimeout: 1_000,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        const mail = parseMail(Buffer.concat(chunks));
        const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mailbox.add({ ...mail, from: mail.from || sender, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
}
