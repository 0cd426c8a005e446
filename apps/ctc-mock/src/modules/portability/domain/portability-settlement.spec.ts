import { Money } from '@consignado/finance';
import { answered, at, policy, requested } from './portability.fixture';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const balance = Money.of('10234.56');

describe('Portability: transfer, settlement and cancellation', () => {
  it('takes the exact balance from the destination, then the origin’s confirmation with a receipt', () => {
    const p = answered();
    expect(code(p.transfer('DESTINATION', Money.of('10234.55'), at('2025-03-06'), policy))).toBe('CTC.TRANSFER_AMOUNT_MISMATCH');
    expect(code(p.transfer('ORIGIN', balance, at('2025-03-06'), policy))).toBe('CTC.ROLE_FORBIDDEN');
    expect(p.transfer('DESTINATION', balance, at('2025-03-06'), policy)).toEqual({ ok: true, value: true });
    expect([p.state.status, p.state.transfer?.confirmationDeadline.toString()]).toEqual(['ACCEPTED_SETTLEMENT_COMPLETED', '2025-03-10']);
    expect(p.transfer('DESTINATION', balance, at('2025-03-06'), policy)).toEqual({ ok: true, value: false });
    expect(p.confirmSettlement('ORIGIN', 'QUIT-778', new Date()).ok).toBe(true);
    expect(p.confirmSettlement('ORIGIN', 'QUIT-778', new Date())).toEqual({ ok: true, value: false });
    expect(p.confirmSettlement('ORIGIN', undefined, new Date())).toEqual({ ok: true, value: false });
    expect(code(p.confirmSettlement('ORIGIN', 'OTHER', new Date()))).toBe('CTC.CONFIRMATION_CONFLICT');
    expect(p.pullChanges().map((c) => c.to)).toEqual(['ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED']);
  });

  it('names the receipt after the NU when the origin gives none', () => {
    const p = answered();
    p.transfer('DESTINATION', balance, at('2025-03-06'), policy);
    p.confirmSettlement('ORIGIN', undefined, new Date());
    expect(p.state.settlement?.receipt).toBe('QUIT-202502280000000000424');
  });

  it('ends in PAYMENT_ISSUE when the origin returns the funds (STR0048)', () => {
    const p = answered();
    expect(code(p.returnFunds('ORIGIN', new Date()))).toBe('CTC.ILLEGAL_TRANSITION');
    p.transfer('DESTINATION', balance, at('2025-03-06'), policy);
    expect(p.returnFunds('ORIGIN', new Date()).ok).toBe(true);
    expect([p.state.status, p.state.closure?.reason]).toEqual(['PAYMENT_ISSUE', 'DEVOLUCAO_STR0048']);
    expect(code(p.confirmSettlement('ORIGIN', 'QUIT', new Date()))).toBe('CTC.ILLEGAL_TRANSITION');
  });

  it('lets the destination cancel until the settlement, not after', () => {
    const p = answered();
    expect(code(p.cancel('ORIGIN', 'CANCELADO_PELO_CLIENTE', new Date()))).toBe('CTC.ROLE_FORBIDDEN');
    expect(p.cancel('DESTINATION', 'CANCELADO_PELO_CLIENTE', new Date())).toEqual({ ok: true, value: true });
    expect(p.cancel('DESTINATION', 'CANCELADO_PELO_CLIENTE', new Date())).toEqual({ ok: true, value: false });
    const settled = answered();
    settled.transfer('DESTINATION', balance, at('2025-03-06'), policy);
    const refused = settled.cancel('DESTINATION', 'CANCELADO_PELO_CLIENTE', new Date());
    expect(refused.ok ? undefined : [refused.error.code, refused.error.message]).toEqual(['CTC.ILLEGAL_TRANSITION', 'Não é possível cancelar uma portabilidade em ACCEPTED_SETTLEMENT_COMPLETED.']);
  });

  it('lets the destination refuse a divergent balance after the answer, not before', () => {
    expect(code(requested().reject('DESTINATION', 'SALDO_DEVEDOR_ATUALIZADO_SUBSTANCIALMENTE_DIVERGENTE', new Date()))).toBe('CTC.ILLEGAL_TRANSITION');
    const p = answered();
    expect(p.reject('DESTINATION', 'SALDO_DEVEDOR_ATUALIZADO_SUBSTANCIALMENTE_DIVERGENTE', new Date()).ok).toBe(true);
    expect(p.state.closure).toMatchObject({ by: 'DESTINATION', reason: 'SALDO_DEVEDOR_ATUALIZADO_SUBSTANCIALMENTE_DIVERGENTE' });
  });
});
