import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import { renderContractIssued } from './formalization-templates';

const issued = (changes: Partial<PayloadOf<'ContractIssued'>> = {}) =>
  createEnvelope('ContractIssued', { payload: { ...examplePayload('ContractIssued'), ...changes }, metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });

const CCB = 'a Cédula de Crédito Bancário (CCB), emitida em 10/02/2025, está disponível no aplicativo. Leia o documento com atenção e aceite-o no aplicativo';
const EXPIRY = 'Se não for aceito dentro do prazo, a proposta expira e nada é cobrado.';

describe('formalization template (pt-BR, R-LN-9, R-NT-1)', () => {
  it('CONTRACT_ISSUED: a new INSS credit, to accept in the app to receive the money', () => {
    expect(renderContractIssued(issued())).toEqual({
      template: 'CONTRACT_ISSUED',
      subject: 'Seu contrato está pronto para aceite',
      body: `O contrato do seu empréstimo consignado do INSS está pronto: ${CCB} para receber o valor na sua conta. ${EXPIRY}`,
    });
  });

  it.each([
    [{ product: 'SERVIDOR_CONSIGNADO' as const, operationType: 'REFINANCING' as const }, 'do refinanciamento do seu empréstimo consignado para servidor público', 'para quitar o contrato anterior e receber na sua conta o valor restante, se houver'],
    [{ product: 'INSS_CONSIGNADO' as const, operationType: 'PORTABILITY' as const }, 'da portabilidade do seu empréstimo consignado do INSS', 'para concluirmos a portabilidade, quitando o seu contrato na instituição de origem'],
    [{ product: 'PERSONAL' as const, operationType: 'NEW' as const }, 'do seu empréstimo pessoal', 'para receber o valor na sua conta'],
  ])('CONTRACT_ISSUED %j names the product and operation in words', (changes, what, purpose) => {
    expect(renderContractIssued(issued(changes)).body).toBe(`O contrato ${what} está pronto: ${CCB} ${purpose}. ${EXPIRY}`);
  });

  it('dates the issue in Brasília (01:30 UTC is the evening before)', () => {
    expect(renderContractIssued(issued({ issuedAt: '2025-02-11T01:30:00.000Z' })).body).toContain('emitida em 10/02/2025');
  });

  it('never quotes the document hash, the ids or the channel', () => {
    const p = examplePayload('ContractIssued');
    const { subject, body } = renderContractIssued(issued());
    for (const value of [p.documentHash, p.documentHash.slice(0, 8), p.contractId, p.proposalId, p.customerId, 'CORBAN']) expect(`${subject} ${body}`).not.toContain(value);
  });
});
