import { mapPersonalData } from './personal-data';

describe('mapPersonalData', () => {
  const upper = (v: string, field: string) => `${field}=${v.toUpperCase()}`;

  it('transforms the listed fields present, nested ones included, on a copy', () => {
    const payload = { proposalId: 'p', cpf: 'abc', monthlyIncome: '10', benefit: { kind: 'k', value: 'v' } };
    expect(mapPersonalData('ProposalCreated', payload, upper)).toEqual({ proposalId: 'p', cpf: 'cpf=ABC', monthlyIncome: 'monthlyIncome=10', benefit: { kind: 'k', value: 'benefit.value=V' } });
    expect(payload.cpf).toBe('abc');
  });

  it('skips absent fields, non-strings and events without personal data', () => {
    expect(mapPersonalData('CustomerContactChanged', { customerId: 'c', email: 'a@b.c' }, upper)).toEqual({ customerId: 'c', email: 'email=A@B.C' });
    expect(mapPersonalData('ProposalCreated', { cpf: 5 }, upper)).toEqual({ cpf: 5 });
    expect(mapPersonalData('PaymentReceived', { cpf: 'x' }, upper)).toEqual({ cpf: 'x' });
    expect(mapPersonalData('ProposalCreated', null, upper)).toBeNull();
  });
});
