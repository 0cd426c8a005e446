import { testEndpoints } from './env';

describe('testEndpoints', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('defaults to the local stack', () => {
    delete process.env['KAFKA_BROKERS'];
    delete process.env['DATABASE_URL'];
    delete process.env['REDIS_URL'];
    delete process.env['OIDC_ISSUER'];
    expect(testEndpoints()).toEqual({
      kafkaBrokers: ['127.0.0.1:9092'],
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/consignado_test',
      redisUrl: 'redis://127.0.0.1:6379',
      oidcIssuer: 'http://127.0.0.1:9400',
    });
  });

  it('splits a broker list from the environment', () => {
    process.env['KAFKA_BROKERS'] = 'a:1, b:2';
    expect(testEndpoints().kafkaBrokers).toEqual(['a:1', 'b:2']);
  });
});
