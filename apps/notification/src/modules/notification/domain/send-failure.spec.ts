import { loggableFailure } from './send-failure';

const failure = (message: string, fields: Record<string, unknown> = {}): Error => Object.assign(new Error(message), fields);

describe('loggableFailure: what a log may say about a failed send (R-X-2)', () => {
  it.each([
    ['an SMTP rejection: code and reply, not the text quoting the recipient', failure('550 joana.silva: no such user', { code: 'EENVELOPE', responseCode: 550 }), 'EENVELOPE 550'],
    ['a connection failure', failure('connect ECONNREFUSED 127.0.0.1:2525', { code: 'ESOCKET' }), 'ESOCKET'],
    ['an error without a code: its class', new TypeError('maria@example.com is not valid'), 'TypeError'],
    ['a code that is free text: the class instead', failure('x', { code: 'joana@example.com' }), 'Error'],
    ['something thrown that is not an Error', 'maria@example.com', 'unknown'],
  ])('%s', (_case, error, logged) => {
    expect(loggableFailure(error)).toBe(logged);
  });
});
