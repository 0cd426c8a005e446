import { logLevel } from 'kafkajs';
import type { Logger } from '../logger';
import { kafkaLogCreator } from './client';

describe('kafkaLogCreator', () => {
  function capture() {
    const lines: Array<[string, string | undefined]> = [];
    const at = (level: string) => (_message: string, fields?: Record<string, unknown>) =>
      void lines.push([level, String(fields?.['kafkaMessage'])]);
    const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
    const log = kafkaLogCreator(logger)(logLevel.INFO);
    return { lines, log };
  }

  it('forwards warnings and errors with their message only', () => {
    const { lines, log } = capture();
    const entry = (level: logLevel, message: string) => ({ namespace: 'Producer', level, label: '', log: { timestamp: '', message } });
    log(entry(logLevel.ERROR, 'Connection error'));
    log(entry(logLevel.WARN, 'slow'));
    log(entry(logLevel.INFO, 'chatty'));
    log(entry(logLevel.WARN, 'Limiting retries for the idempotent producer may invalidate EoS guarantees'));
    expect(lines).toEqual([
      ['error', 'Connection error'],
      ['warn', 'slow'],
      ['debug', 'Limiting retries for the idempotent producer may invalidate EoS guarantees'],
    ]);
  });
});
