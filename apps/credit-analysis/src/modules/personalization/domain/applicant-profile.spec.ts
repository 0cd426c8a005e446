import { inssPayload } from '../../analysis/testing/proposal.fixtures';
import { contractDue, TODAY } from '../testing/personalization.fixtures';
import { applicantProfile } from './applicant-profile';

describe('applicantProfile: what an analysis records of the applicant (seed 004 RF1 on the platform\'s facts)', () => {
  it('income of the application, contracts here, inquiries and score; cards unknown, so reported missing', () => {
    const application = inssPayload({ customerId: 'c1', monthlyIncome: '2000.00', monthlyExpenses: '800.00' });
    const mine = contractDue('c1', [-2, -1, 1, 2, 3], [0, 20, undefined, undefined, undefined]);
    const others = contractDue('c2', [-2, -1, 1, 2, 3], [0, 0, undefined, undefined, undefined]);
    const { rulesVersion, profile } = applicantProfile(application, [mine, others], 3, 560, TODAY);
    expect(rulesVersion).toBe('SEED004-PROFILE-2026.12');
    // DTI = 211.24 / 2000 = 0.10562 → 0.1056; one of two rows 20 days late: pct 0.5 → ruim → risco alto (score 560 moves nothing).
    expect(profile).toMatchObject({
      historico_credito_classificacao: 'ruim', risco_credito: 'alto', dados_suficientes: false, campos_faltantes: ['limite_total_cartoes', 'saldo_devedor_cartoes'],
      metrics: { DTI: 0.1056, utilizacao_credito: null, pct_pagto_em_dia: 0.5, dias_atraso_max: 20, consultas_ultimos_6m: 3, inadimplencias_5a: 0 },
    });
  });
});
