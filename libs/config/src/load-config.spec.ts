import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, Matches } from 'class-validator';
import { ConfigError, loadConfig } from './load-config';
import { BaseServiceConfig } from './service-config';

class SampleConfig {
  @IsString()
  @Matches(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/)
  KAFKA_BROKERS = '127.0.0.1:9092';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3001;
}

describe('loadConfig (R-X-4)', () => {
  it('applies defaults when variables are absent', () => {
    const config = loadConfig(SampleConfig, {});
    expect(config.KAFKA_BROKERS).toBe('127.0.0.1:9092');
    expect(config.PORT).toBe(3001);
  });

  it('converts and keeps valid values', () => {
    const config = loadConfig(SampleConfig, { PORT: '4000', KAFKA_BROKERS: 'a:1,b:2' });
    expect(config).toBeInstanceOf(SampleConfig);
    expect(config.PORT).toBe(4000);
    expect(config.KAFKA_BROKERS).toBe('a:1,b:2');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ KAFKA_BROKERS: 'no-port' }, 'KAFKA_BROKERS'],
  ])('refuses %j naming the variable', (env, variable) => {
    expect(() => loadConfig(SampleConfig, env)).toThrow(ConfigError);
    try {
      loadConfig(SampleConfig, env);
    } catch (e) {
      expect((e as ConfigError).problems.some((p) => p.startsWith(`${variable}:`))).toBe(true);
      expect((e as ConfigError).code).toBe('CONFIG.INVALID');
    }
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig(SampleConfig, { PORT: '0', KAFKA_BROKERS: '' })).toThrow(
      expect.objectContaining({ problems: expect.arrayContaining([expect.stringMatching(/^PORT/), expect.stringMatching(/^KAFKA_BROKERS/)]) }),
    );
  });
});

describe('BaseServiceConfig', () => {
  class ProposalLikeConfig extends BaseServiceConfig {
    override PORT = 3001;
  }

  it('gives every service the same defaults, overridable by the app', () => {
    const config = loadConfig(ProposalLikeConfig, {});
    expect(config.PORT).toBe(3001);
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
    expect(config.DATABASE_SCHEMA).toBe('public');
    expect(config.KAFKA_NAMESPACE).toBeUndefined();
  });

  it.each([
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_SCHEMA', 'Drop Table'],
    ['KAFKA_NAMESPACE', 'UPPER'],
    ['LOG_LEVEL', 'chatty'],
  ])('refuses a bad %s', (variable, value) => {
    expect(() => loadConfig(ProposalLikeConfig, { [variable]: value })).toThrow(new RegExp(variable));
  });

  it('treats an empty namespace as none', () => {
    expect(loadConfig(ProposalLikeConfig, { KAFKA_NAMESPACE: '' }).KAFKA_NAMESPACE).toBeUndefined();
  });
});
