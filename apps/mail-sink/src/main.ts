import { loadConfig } from '@consignado/config';
import { MailSinkConfig } from './config';
import { startMailSink } from './mail-sink';

/** Local e-mail (SMTP), SMS (SMPP) and Web Push sinks for development and tests: never relays anything. */
async function main(): Promise<void> {
  const config = loadConfig(MailSinkConfig);
  const sink = await startMailSink(config);
  log('mail sink listening', { smtpPort: sink.smtpPort, smppPort: sink.smppPort, httpPort: sink.httpPort, host: config.HOST });
  const stop = (signal: string) => {
    log('stopping', { signal });
    sink.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** One JSON line per event, like the services' logs; ports only, never an address, a number, a token or a content. */
function log(msg: string, detail: Record<string, unknown>): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', service: 'mail-sink', msg, detail }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
