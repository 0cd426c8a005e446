import { maskCpf, maskCpfsInText, maskName, redact } from './mask';

describe('LGPD masking (R-X-2)', () => {
  it.each([
    ['123.456.789-09', '***.456.789-**'],
    ['12345678909', '***.456.789-**'],
    ['01234567890', '***.345.678-**'],
    ['123', '***'],
  ])('maskCpf(%s) = %s', (input, expected) => expect(maskCpf(input)).toBe(expected));

  it('masks names keeping initials', () => {
    expect(maskName('Maria da Silva')).toBe('M**** d* S****');
    expect(maskName('  Jo  ')).toBe('J*');
  });

  it('masks CPFs inside free text', () => {
    expect(maskCpfsInText('cliente 123.456.789-09 e 98765432100 sem margem')).toBe(
      'cliente ***.456.789-** e ***.654.321-** sem margem',
    );
  });

  it('redacts nested personal data and leaves the rest', () => {
    const input = {
      proposalId: 'p-1',
      customer: { cpf: '12345678909', name: 'Maria', monthlyIncome: '3500.00', birthDate: '1960-01-01' },
      reasons: [{ rule: 'MARGIN', measured: '500.00' }],
      note: 'CPF 111.444.777-35 consultado',
    };
    expect(redact(input)).toEqual({
      proposalId: 'p-1',
      customer: { cpf: '***.456.789-**', name: '[redacted]', monthlyIncome: '[redacted]', birthDate: '[redacted]' },
      reasons: [{ rule: 'MARGIN', measured: '500.00' }],
      note: 'CPF ***.444.777-** consultado',
    });
    expect(input.customer.cpf).toBe('12345678909');
  });

  it.each([
    ['errorName', 'TypeError', 'TypeError'],
    ['eventName', 'ProposalCreated', 'ProposalCreated'],
    ['customer_name', 'Maria', '[redacted]'],
    ['fullName', 'Maria Souza', '[redacted]'],
    ['monthly_income', '3500.00', '[redacted]'],
    ['contactEmail', 'm@x.br', '[redacted]'],
  ])('key %s: %s → %s', (key, value, expected) => {
    expect(redact({ [key]: value })).toEqual({ [key]: expected });
  });
});
