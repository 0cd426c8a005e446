import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import { renderContractBlocked, renderContractUnblocked } from './block-templates';

const metadata = { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' };
const blocked = (changes: Partial<PayloadOf<'ContractBlocked'>>) => createEnvelope('ContractBlocked', { payload: { ...examplePayload('ContractBlocked'), ...changes }, metadata });
const unblocked = (changes: Partial<PayloadOf<'ContractUnblocked'>>) => createEnvelope('ContractUnblocked', { payload: { ...examplePayload('ContractUnblocked'), ...changes }, metadata });

const SUSPENDED = 'pagamentos, quitação, amortização, refinanciamento e portabilidade deste contrato';

describe('block templates (pt-BR, R-LN-8)', () => {
  it.each([
    ['JUDICIAL_ORDER' as const, 'por ordem judicial'],
    ['FRAUD_SUSPECTED' as const, 'por suspeita de fraude, de forma preventiva'],
  ])('CONTRACT_BLOCKED %s: the reason, what is suspended, whom to ask; the day in Brasília', (reason, why) => {
    expect(renderContractBlocked(blocked({ reason, blockedAt: '2025-04-03T01:30:00.000Z' }))).toEqual({
      template: 'CONTRACT_BLOCKED',
      subject: 'Contrato bloqueado',
      body: `Seu contrato foi bloqueado em 02/04/2025 ${why}. Enquanto o bloqueio durar, ficam suspensos ${SUSPENDED}. Em caso de dúvida, fale conosco pelos canais de atendimento do banco.`,
    });
  });

  it('CONTRACT_BLOCKED: nothing for DEATH (no notice to the deceased\'s contacts)', () => {
    expect(renderContractBlocked(blocked({ reason: 'DEATH' }))).toBeUndefined();
  });

  it.each(['JUDICIAL_ORDER' as const, 'FRAUD_SUSPECTED' as const, 'DEATH' as const])('CONTRACT_UNBLOCKED after %s: regularized, everything resumes', (reason) => {
    expect(renderContractUnblocked(unblocked({ reason, unblockedAt: '2025-05-02T14:00:00.000Z' }))).toEqual({
      template: 'CONTRACT_UNBLOCKED',
      subject: 'Contrato desbloqueado',
      body: `O bloqueio do seu contrato foi retirado em 02/05/2025, após análise, e ele está regularizado. Voltam a estar disponíveis ${SUSPENDED}.`,
    });
  });

  it('no text quotes the operator', () => {
    const texts = [renderContractBlocked(blocked({ operatorId: 'ana.operadora' })), renderContractUnblocked(unblocked({ operatorId: 'ana.operadora' }))];
    expect(JSON.stringify(texts)).not.toContain('ana.operadora');
  });
});
