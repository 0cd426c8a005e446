import { loadConfig } from '@consignado/config';
import { NotificationConfig } from './config';

describe('NotificationConfig (R-X-4)', () => {
  it('defaults to the local mail sink and the documented delivery settings', () => {
    expect(loadConfig(NotificationConfig, {})).toMatchObject({
      PORT: 3006,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: 2525,
      MAIL_FROM: 'ConsignadoHub <nao-responda@consignadohub.com.br>',
      DELIVERY_POLL_INTERVAL_MS: 500,
      DELIVERY_BACKOFF_BASE_MS: 1_000,
      DELIVERY_BACKOFF_MAX_MS: 300_000,
    });
  });

  it.each([
    [{ SMTP_PORT: 'x' }, 'SMTP_PORT'],
    [{ MAIL_FROM: 'sem arroba' }, 'MAIL_FROM'],
    [{ DELIVERY_BACKOFF_BASE_MS: '5000', DELIVERY_BACKOFF_MAX_MS: '1000' }, 'DELIVERY_BACKOFF_MAX_MS'],
    [{ DELIVERY_POLL_INTERVAL_MS: '0' }, 'DELIVERY_POLL_INTERVAL_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(NotificationConfig, env)).toThrow(new RegExp(variable));
  });
});
