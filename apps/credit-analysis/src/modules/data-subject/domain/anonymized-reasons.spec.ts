import { ANONYMIZED_MESSAGE, anonymizedReasons } from './anonymized-reasons';

describe('anonymizedReasons (R-SEC-3)', () => {
  it('keeps rule, verdict, code and parameter version; drops the figures and sentences', () => {
    const reasons = [
      { rule: 'PERSONAL.CAPACITY', code: 'CREDIT.CAPACITY_EXCEEDED', passed: false, measured: '725.34', limit: '600.00', message: 'Parcela de R$ 725,34 acima da capacidade de R$ 600,00.', parameterVersion: 'PERSONAL-SEED-002' },
      { rule: 'INSS.AGE', passed: true, measured: '71 anos e 2 meses', limit: 'abaixo de 80 anos', message: 'Idade ao final do contrato abaixo de 80 anos.', parameterVersion: 'CA-INSS-2024-07' },
    ];
    expect(anonymizedReasons(reasons)).toEqual([
      { rule: 'PERSONAL.CAPACITY', code: 'CREDIT.CAPACITY_EXCEEDED', passed: false, measured: '', limit: '', message: ANONYMIZED_MESSAGE, parameterVersion: 'PERSONAL-SEED-002' },
      { rule: 'INSS.AGE', passed: true, measured: '', limit: '', message: ANONYMIZED_MESSAGE, parameterVersion: 'CA-INSS-2024-07' },
    ]);
    expect(JSON.stringify(anonymizedReasons(reasons))).not.toMatch(/725|600|71 anos/);
  });

  it('is idempotent', () => {
    const once = anonymizedReasons([{ rule: 'INSS.MARGIN', passed: true, measured: '231.24', limit: '500.00', message: 'ok', parameterVersion: 'v' }]);
    expect(anonymizedReasons(once)).toEqual(once);
  });
});
