import { createEnvelope, examplePayload } from '@consignado/contracts';
import { maskPayoutKey } from '@consignado/core';
import { renderPayoutAccountChanged } from './payout-templates';

const changed = (account: Parameters<typeof createEnvelope<'CustomerPayoutAccountChanged'>>[1]['payload']['account']) =>
  createEnvelope('CustomerPayoutAccountChanged', { payload: { ...examplePayload('CustomerPayoutAccountChanged'), account, changedAt: '2026-03-11T02:30:00.000Z' } });

describe('payout account notice', () => {
  it.each([
    ['cliente@example.com', 'c***@example.com'],
    ['+5561987654321', '****4321'],
    ['52998224725', '****4725'],
    ['0f3c2b1a-9d8e-4f7a-b6c5-d4e3f2a1b0c9', '****b0c9'],
  ])('masks the key %s as %s', (key, masked) => {
    expect(maskPayoutKey(key)).toBe(masked);
  });

  it('tells the PIX key masked, on the Brasília day it changed, and what to do if it was not the customer', () => {
    const m = renderPayoutAccountChanged(changed({ kind: 'PIX_KEY', pixKey: 'cliente@example.com' }));
    expect(m).toEqual({
      template: 'PAYOUT_ACCOUNT_CHANGED',
      subject: 'Conta para recebimento cadastrada',
      body:
        'Em 10/03/2026, a chave PIX c***@example.com foi cadastrada para receber os valores dos seus contratos e as devoluções. ' +
        'Se não foi você, fale conosco imediatamente pelos canais oficiais: nenhum valor é enviado a uma conta que não esteja em seu nome.',
    });
    expect(m.body).not.toContain('cliente@');
  });

  it('tells a bank account by its last four digits, branch and institution', () => {
    const m = renderPayoutAccountChanged(changed({ kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' }));
    expect(m.body).toContain('a conta ****5678, agência 1234, da instituição de ISPB 60746948 foi cadastrada');
    expect(m.body).not.toContain('0012345678');
  });
});
