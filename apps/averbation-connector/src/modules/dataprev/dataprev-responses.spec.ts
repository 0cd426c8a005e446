import { parseMargin, parseRegistration, parseRegistrationList, parseRegistrationTerms } from './dataprev-responses';

const answeredAt = new Date('2025-02-10T13:00:05.000Z');
const seedAnswer = () => ({
  beneficio: { numero: '1234567890', tipoCredito: 'APOSENTADORIA_POR_IDADE', valorBeneficio: '2000.00', dataInicio: '2020-01-15' },
  margem: {
    pessoal: { limite: '700.00', utilizado: '200.00', disponivel: '500.00' },
    cartao: { limite: '100.00', utilizado: '0.00', disponivel: '100.00' },
    cartaoBeneficio: { limite: '100.00', utilizado: '0.00', disponivel: '100.00' },
  },
  restricoes: ['BLOQUEADO_PARA_EMPRESTIMO'],
  consultadoEm: '2025-02-10T10:00:04.120-03:00',
});

describe('parseMargin (seed 003 §5.1 → MarginChecked fields)', () => {
  it('maps the seed’s answer, keeping amounts as strings and the time in UTC', () => {
    expect(parseMargin(seedAnswer(), answeredAt)).toEqual({
      benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' },
      margins: {
        loan: { limit: '700.00', used: '200.00', available: '500.00' },
        card: { limit: '100.00', used: '0.00', available: '100.00' },
        benefitCard: { limit: '100.00', used: '0.00', available: '100.00' },
      },
      restrictions: ['BLOQUEADO_PARA_EMPRESTIMO'],
      checkedAt: '2025-02-10T13:00:04.120Z',
    });
  });

  it('normalises "1234.5" to "1234.50", takes our clock without consultadoEm, allows no benefit card', () => {
    const body: any = seedAnswer();
    body.beneficio.valorBeneficio = '1234.5';
    delete body.consultadoEm;
    delete body.margem.cartaoBeneficio;
    const parsed = parseMargin(body, answeredAt);
    expect([parsed?.benefit.value, parsed?.checkedAt, parsed?.margins.benefitCard]).toEqual(['1234.50', '2025-02-10T13:00:05.000Z', undefined]);
  });

  const broken: Array<[string, (b: any) => void]> = [
    ['a float amount (the seed’s sample)', (b) => (b.beneficio.valorBeneficio = 2000.0)],
    ['a negative available margin', (b) => (b.margem.pessoal.disponivel = '-1.00')],
    ['three decimals', (b) => (b.margem.cartao.limite = '100.001')],
    ['no loan margin', (b) => delete b.margem.pessoal],
    ['a malformed benefit card', (b) => (b.margem.cartaoBeneficio = { limite: '1.00' })],
    ['an impossible start date', (b) => (b.beneficio.dataInicio = '2020-02-30')],
    ['a short benefit number', (b) => (b.beneficio.numero = '123')],
    ['a lower-case kind', (b) => (b.beneficio.tipoCredito = 'aposentadoria')],
    ['a restriction that is not a code', (b) => (b.restricoes = ['bloqueado para empréstimo'])],
    ['no restrictions list', (b) => delete b.restricoes],
  ];
  it.each(broken)('refuses %s', (_name, breakIt) => {
    const body = seedAnswer();
    breakIt(body);
    expect(parseMargin(body, answeredAt)).toBeUndefined();
  });

  it.each([null, 'OK', [], {}])('refuses %j', (body) => {
    expect(parseMargin(body, answeredAt)).toBeUndefined();
  });
});

describe('registration answers', () => {
  const answer = { protocolo: 'DTP-2025-000000001', situacao: 'ATIVA', contratoId: 'c-1', averbadaEm: '2025-02-10T13:20:07.000Z' };

  it.each([
    [answer, { protocol: 'DTP-2025-000000001', contractId: 'c-1', active: true, registeredAt: '2025-02-10T13:20:07.000Z' }],
    [{ ...answer, situacao: 'CANCELADA' }, { protocol: 'DTP-2025-000000001', contractId: 'c-1', active: false, registeredAt: '2025-02-10T13:20:07.000Z' }],
    [{ ...answer, situacao: 'SUSPENSA' }, undefined],
    [{ ...answer, protocolo: '' }, undefined],
    [{ ...answer, averbadaEm: 'ontem' }, undefined],
  ])('parses %j', (body, expected) => {
    expect(parseRegistration(body)).toEqual(expected);
  });

  it('parses a list only when every item is valid', () => {
    expect(parseRegistrationList({ averbacoes: [answer] })).toHaveLength(1);
    expect(parseRegistrationList({ averbacoes: [answer, { protocolo: 1 }] })).toBeUndefined();
    expect(parseRegistrationList({})).toBeUndefined();
  });
});

describe('parseRegistrationTerms (the answer to "Alterar contrato")', () => {
  const answer = { protocolo: 'DTP-2025-000000001', situacao: 'ATIVA', contratoId: 'c-1', averbadaEm: '2025-02-10T13:20:07.000Z', valorParcela: '250.00', quantidadeParcelas: 40, alteracoes: [] };
  const registration = { protocol: 'DTP-2025-000000001', contractId: 'c-1', active: true, registeredAt: '2025-02-10T13:20:07.000Z' };

  it.each([
    [answer, { ...registration, installmentAmount: '250.00', termMonths: 40 }],
    [{ ...answer, valorParcela: '250.5' }, { ...registration, installmentAmount: '250.50', termMonths: 40 }],
    [{ ...answer, valorParcela: 250 }, undefined],
    [{ ...answer, valorParcela: '0.00' }, undefined],
    [{ ...answer, valorParcela: undefined }, undefined],
    [{ ...answer, quantidadeParcelas: '40' }, undefined],
    [{ ...answer, quantidadeParcelas: 0 }, undefined],
    [{ ...answer, quantidadeParcelas: 40.5 }, undefined],
    [{ ...answer, quantidadeParcelas: 481 }, undefined],
    [{ ...answer, situacao: 'SUSPENSA' }, undefined],
  ])('parses %j', (body, expected) => {
    expect(parseRegistrationTerms(body)).toEqual(expected);
  });
});
