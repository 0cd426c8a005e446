import { portabilityOrigin } from './portability-origin';

describe('portabilityOrigin (R-LN-7: a portability names the contract it brings in)', () => {
  it.each([
    // portability?, ISPB, origin contract, outcome
    [true, '60746948', 'CTR-1', { institutionIspb: '60746948', contractNumber: 'CTR-1' }],
    [true, '60746948', '  CTR-1 ', { institutionIspb: '60746948', contractNumber: 'CTR-1' }],
    [false, undefined, undefined, undefined],
    [true, undefined, 'CTR-1', 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [true, '60746948', undefined, 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [true, '60746948', '   ', 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [true, '6074694', 'CTR-1', 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [true, '6074694A', 'CTR-1', 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [true, '60746948', 'x'.repeat(65), 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [false, '60746948', 'CTR-1', 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
    [false, undefined, '', 'DATAPREV.INVALID_PORTABILITY_ORIGIN'],
  ])('portability %s, %s, %j → %j', (isPortability, ispb, contract, outcome) => {
    const result = portabilityOrigin(isPortability, ispb, contract);
    expect(result.ok ? result.value : result.error.code).toEqual(outcome);
  });

  it('says in pt-BR what is missing', () => {
    const result = portabilityOrigin(true, undefined, undefined);
    expect(!result.ok && result.error.message).toBe('Portabilidade: informe instituicaoOrigemIspb (8 dígitos) e contratoOrigem (até 64 caracteres).');
  });
});
