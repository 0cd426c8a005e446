import { errorFields, jsonLogger } from './logger';

describe('jsonLogger', () => {
  it('writes one JSON object per line at and above its level', () => {
    const lines: string[] = [];
    const logger = jsonLogger('relay', 'info', (line) => lines.push(line));
    logger.debug('hidden');
    logger.warn('publish failed', { eventId: 'e1', attempt: 2 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'warn', component: 'relay', message: 'publish failed', eventId: 'e1', attempt: 2 });
  });

  it('summarises errors without their properties', () => {
    const error = Object.assign(new Error('boom'), { code: 'X.Y', payload: { cpf: '52998224725' } });
    expect(errorFields(error)).toEqual({ error: 'boom', errorName: 'Error', errorCode: 'X.Y' });
  });
});
