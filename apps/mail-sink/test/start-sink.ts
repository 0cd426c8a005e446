import { startMailSink, type RunningMailSink } from '../src/mail-sink';

/** The sink in-process on free ports, as the integration tests use it. */
export async function startTestSink(): Promise<{ sink: RunningMailSink; api: string }> {
  const sink = await startMailSink({ HOST: '127.0.0.1', PORT: 0, SMTP_PORT: 0, SMPP_PORT: 0, SMPP_PASSWORD: 'dev-smpp' });
  return { sink, api: `http://127.0.0.1:${sink.httpPort}` };
}
