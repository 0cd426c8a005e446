import { IsoDate } from '@consignado/finance';
import raw from '../fixtures/beneficiaries.json';
import { BeneficiaryDirectory } from './beneficiary-directory';
import { loadFixture } from './fixture';
import { syntheticBeneficiary } from './synthetic-beneficiary';

const today = IsoDate.of('2025-06-10');
const directory = new BeneficiaryDirectory(loadFixture(raw));
const find = (benefitNumber: string, cpf: string) => directory.find({ benefitNumber, cpf }, today);

describe('BeneficiaryDirectory', () => {
  it.each([
    // benefit, cpf, kind, value, start, external, restrictions
    ['1234567890', '52998224725', 'APOSENTADORIA_POR_IDADE', '2000.00', '2020-01-15', '200.00', []],
    ['123.456.789-0', '529.982.247-25', 'APOSENTADORIA_POR_IDADE', '2000.00', '2020-01-15', '200.00', []],
    ['2000000001', '11144477735', 'APOSENTADORIA_POR_TEMPO_DE_CONTRIBUICAO', '3500.00', '2015-06-01', '0.00', ['BLOQUEADO_PARA_EMPRESTIMO']],
    ['3000000001', '39053344705', 'APOSENTADORIA_POR_IDADE', '1518.00', '2025-05-11', '0.00', []],
    ['4000000001', '71460238001', 'PENSAO_POR_MORTE', '1518.00', '2012-09-10', '500.00', []],
  ])('finds fixture benefit %s for its holder', (benefitNumber, cpf, kind, value, start, external, restrictions) => {
    const found = find(benefitNumber, cpf);
    if (!found.ok) throw found.error;
    const b = found.value;
    expect([b.benefitNumber, b.kind, b.value.toString(), b.startDate.toString(), b.externalCommitments.toString(), b.restrictions]).toEqual([
      benefitNumber.replace(/\D/g, ''), kind, value, start, external, restrictions,
    ]);
  });

  it('gives any other valid CPF and benefit number its synthetic benefit', () => {
    const found = find('7000000007', '12345678909');
    expect(found.ok && found.value.value.toString()).toBe(syntheticBeneficiary('7000000007').value.toString());
  });

  it.each([
    ['1234567890', '1234567890', 'DATAPREV.CPF_INVALID', 'CPF inválido.'],
    ['1234567890', '52998224724', 'DATAPREV.CPF_INVALID', 'CPF inválido.'],
    ['1234567890', '11111111111', 'DATAPREV.CPF_INVALID', 'CPF inválido.'],
    ['12345', '52998224725', 'DATAPREV.BENEFIT_NUMBER_INVALID', 'Número de benefício inválido: informe os 10 dígitos.'],
    ['abcdefghij', '52998224725', 'DATAPREV.BENEFIT_NUMBER_INVALID', 'Número de benefício inválido: informe os 10 dígitos.'],
    ['0000000000', '52998224725', 'DATAPREV.BENEFIT.NOT_FOUND', 'Benefício não encontrado.'],
    ['9999999999', '12345678909', 'DATAPREV.BENEFIT.NOT_FOUND', 'Benefício não encontrado.'],
    // A fixture benefit asked for with someone else's CPF does not exist for that caller.
    ['1234567890', '12345678909', 'DATAPREV.BENEFIT.NOT_FOUND', 'Benefício não encontrado.'],
  ])('refuses benefit %s with CPF %s: %s', (benefitNumber, cpf, code, message) => {
    const found = find(benefitNumber, cpf);
    expect(found.ok ? 'found' : [found.error.code, found.error.message]).toEqual([code, message]);
  });
});

describe('loadFixture', () => {
  const valid = raw.beneficiaries[0];
  it.each([
    [{ ...valid, cpf: '52998224724' }, /CPF inválido/],
    [{ ...valid, value: '2000' + '.001' }, /Valor inválido/],
    [{ ...valid, startDate: undefined }, /startDate or a non-negative startDaysAgo/],
    [{ ...valid, benefitNumber: '123' }, /benefício inválido/],
  ])('refuses a broken entry (%#) at boot', (broken, message) => {
    expect(() => loadFixture({ beneficiaries: [broken as never], notFound: [] })).toThrow(message);
  });

  it('refuses a benefit number listed twice', () => {
    expect(() => loadFixture({ beneficiaries: [valid, valid], notFound: [] })).toThrow(/appears twice/);
  });
});
