import type { DecisionReason, ProposalCreatedPayload, SeedProduct } from '@consignado/contracts';
import type { FittedOffer } from './fit-offer';

const NOT_HERE: Partial<Record<SeedProduct, string>> = {
  credito_consiginado: 'Consignado indisponível: nenhuma proposta informou benefício do INSS ou vínculo de servidor.',
  refinanciamento: 'Refinanciamento indisponível: não há contrato consignado ativo e desbloqueado na plataforma.',
  portabilidade_divida: 'Portabilidade indisponível: informe um consignado em outra instituição com ISPB, número do contrato, saldo e parcelas restantes, sobre um benefício do INSS ou vínculo de servidor conhecido.',
  emprestimo_pessoal: 'Empréstimo pessoal indisponível: sem score do cliente.',
};

const note = (code: string, message: string): DecisionReason => ({ rule: 'PERSONALIZATION.OFFER', passed: false, measured: '—', limit: '—', parameterVersion: 'none', code, message });

/**
 * Why a loan the seed's rules chose is not recommended: the policy's failed reasons on the offer
 * (a refinancing's at its longest term), or why the platform has nothing to price for it.
 */
export function withheldReason(product: SeedProduct, latest: ProposalCreatedPayload | undefined, fitted: readonly FittedOffer[]): readonly DecisionReason[] {
  if (!latest) return [note('PERSONALIZATION.APPLICANT_UNKNOWN', 'Sem proposta anterior: idade, vínculo e benefício desconhecidos, nenhum empréstimo pode ser ofertado.')];
  const refused = fitted.find((f): f is Extract<FittedOffer, { ok: false }> => !f.ok);
  if (refused && refused.reasons.length > 0) return refused.reasons;
  return [note('PERSONALIZATION.NOT_OFFERED', NOT_HERE[product] ?? 'Produto indisponível na plataforma.')];
}
