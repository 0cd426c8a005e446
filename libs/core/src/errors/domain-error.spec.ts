import { DomainError, isDomainError } from './domain-error';
import { fail, ok } from './result';

class ProposalNotFound extends DomainError {
  constructor(id: string) {
    super('PROPOSAL.NOT_FOUND', 'Proposta não encontrada', { id });
  }
}

describe('DomainError', () => {
  it('keeps code, pt-BR message, details and subclass name', () => {
    const error = new ProposalNotFound('42');
    expect(error.code).toBe('PROPOSAL.NOT_FOUND');
    expect(error.message).toBe('Proposta não encontrada');
    expect(error.name).toBe('ProposalNotFound');
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'PROPOSAL.NOT_FOUND', message: 'Proposta não encontrada', details: { id: '42' } });
  });

  it('recognises domain errors by shape, not only by prototype', () => {
    const foreign = Object.assign(new Error('x'), { code: 'A.B', details: {} });
    expect(isDomainError(foreign)).toBe(true);
    expect(isDomainError(new Error('plain'))).toBe(false);
    expect(isDomainError({ code: 'A.B' })).toBe(false);
  });

  it('results carry either a value or an error', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    const r = fail(new ProposalNotFound('1'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('PROPOSAL.NOT_FOUND');
  });
});
