import { alterationBody, registrationBody } from './dataprev-requests';
import type { RegistrationOrder } from './dataprev.types';

const order = (extra: Partial<RegistrationOrder> = {}): RegistrationOrder => ({
  contractId: 'c-1',
  benefitNumber: '1234567890',
  cpf: '52998224725',
  installmentAmount: '311.36',
  termMonths: 48,
  firstDueDate: '2025-03-10',
  operationType: 'NEW',
  ...extra,
});
const common = { contratoId: 'c-1', numeroBeneficio: '1234567890', cpf: '52998224725', valorParcela: '311.36', quantidadeParcelas: 48, dataInicioDesconto: '2025-03-10' };
const origin = { originInstitutionIspb: '60746948', originContractNumber: 'CTR-000123456' };

describe('registrationBody (seed 003 §5.1 "Averbar Contrato" in Dataprev’s words)', () => {
  it.each([
    [order(), { ...common, tipoOperacao: 'NOVO' }],
    [order({ operationType: 'REFINANCING', refinancedContractId: 'c-old' }), { ...common, tipoOperacao: 'REFINANCIAMENTO', contratoRefinanciadoId: 'c-old' }],
    [order({ operationType: 'PORTABILITY', portabilityOrigin: origin }), { ...common, tipoOperacao: 'PORTABILIDADE', instituicaoOrigemIspb: '60746948', contratoOrigem: 'CTR-000123456' }],
    // Without an origin the body says so by omission; Dataprev refuses it (AVERBATION.PORTABILITY_ORIGIN_INVALID).
    [order({ operationType: 'PORTABILITY' }), { ...common, tipoOperacao: 'PORTABILIDADE' }],
  ])('writes %j', (given, expected) => {
    expect(registrationBody(given)).toEqual(expected);
  });
});

describe('alterationBody ("Alterar contrato")', () => {
  it('writes the values in force from now on and the reason in Dataprev’s words, never the protocol', () => {
    expect(alterationBody({ protocol: 'DTP-2025-000000001', installmentAmount: '250.00', termMonths: 40, reason: 'EXTRA_AMORTIZATION' })).toEqual({
      valorParcela: '250.00',
      quantidadeParcelas: 40,
      motivo: 'AMORTIZACAO_EXTRAORDINARIA',
    });
  });

  it('names a workout’s new plan RENEGOCIACAO (R-LN-8)', () => {
    expect(alterationBody({ protocol: 'DTP-2025-000000001', installmentAmount: '180.40', termMonths: 72, reason: 'RENEGOTIATION' })).toEqual({
      valorParcela: '180.40',
      quantidadeParcelas: 72,
      motivo: 'RENEGOCIACAO',
    });
  });
});
