import { loadConfig } from '@consignado/config';
import { MailSinkConfig } from './config';

describe('MailSinkConfig (R-X-4)', () => {
  it('defaults to HTTP 3091, SMTP 2525 and SMPP 2775 on 127.0.0.1, SMPP password dev-smpp', () => {
    expect(loadConfig(MailSinkConfig, {})).toMatchObject({ PORT: 3091, SMTP_PORT: 2525, SMPP_PORT: 2775, SMPP_PASSWORD: 'dev-smpp', HOST: '127.0.0.1' });
  });

  it('reads the SMPP settings from the environment', () => {
    expect(loadConfig(MailSinkConfig, { SMPP_PORT: '2776', SMPP_PASSWORD: 'segredo' })).toMatchObject({ SMPP_PORT: 2776, SMPP_PASSWORD: 'segredo' });
  });

  it.each([
    [{ SMTP_PORT: 'smtp' }, /SMTP_PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SMPP_PORT: '-1' }, /SMPP_PORT/],
    [{ SMPP_PORT: '2525' }, /SMTP_PORT must differ from SMPP_PORT/],
    [{ PORT: '2775' }, /PORT must differ from SMTP_PORT and SMPP_PORT/],
    [{ SMPP_PASSWORD: 'longa-demais' }, /SMPP_PASSWORD must be 1 to 8 characters/],
    [{ SMPP_PASSWORD: '' }, /SMPP_PASSWORD/],
  ])('refuses %j', (env, message) => expect(() => loadConfig(MailSinkConfig, env)).toThrow(message));

  it('lets every port be 0 (any free port), as the tests start it', () => {
    expect(loadConfig(MailSinkConfig, { PORT: '0', SMTP_PORT: '0', SMPP_PORT: '0' })).toMatchObject({ PORT: 0, SMTP_PORT: 0, SMPP_PORT: 0 });
  });
});
