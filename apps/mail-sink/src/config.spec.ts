import { loadConfig } from '@consignado/config';
import { MailSinkConfig } from './config';

describe('MailSinkConfig (R-X-4)', () => {
  it('defaults to SMTP 2525 and HTTP 3091 on 127.0.0.1', () => {
    expect(loadConfig(MailSinkConfig, {})).toMatchObject({ PORT: 3091, SMTP_PORT: 2525, HOST: '127.0.0.1' });
  });

  it('refuses a port that is not one', () => {
    expect(() => loadConfig(MailSinkConfig, { SMTP_PORT: 'smtp' })).toThrow(/SMTP_PORT/);
    expect(() => loadConfig(MailSinkConfig, { PORT: '70000' })).toThrow(/PORT/);
  });
});
