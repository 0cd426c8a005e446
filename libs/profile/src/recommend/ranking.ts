import { Priority, ProductId, ProfileClass } from '../types';
import { Assessed } from './eligibility';
import { FeedbackChoices } from './feedback';

/** Moves the listed products, in the listed order, ahead of the others (which keep their order). */
function toFront(order: readonly ProductId[], first: readonly ProductId[]): ProductId[] {
  const lead = first.filter((id) => order.includes(id));
  return [...lead, ...order.filter((id) => !lead.includes(id))];
}

const PRIORITY_FRONT: Partial<Record<Priority, readonly ProductId[]>> = {
  limite_maior: ['cartao_gold', 'cartao_basico', 'aumento_limite_cartao'],
  juros_baixos: ['credito_consiginado', 'portabilidade_divida'],
};

/**
 * RF2 step 5 (P-14): "custo menor" = taxa ascending, products without a rate last, ties in
 * catalogue order; an arrojado (leveraged) profile gets debt relief first; the client's priority
 * then outranks the profile; refused products drop out. `eligible` is in catalogue order.
 */
export function rankEligible(eligible: readonly Assessed[], perfil: ProfileClass, feedback: FeedbackChoices): ProductId[] {
  const byRate = [...eligible].sort((a, b) => {
    const ta = a.offer?.taxa ?? null;
    const tb = b.offer?.taxa ?? null;
    if (ta === null || tb === null) return (ta === null ? 1 : 0) - (tb === null ? 1 : 0);
    return ta.cmp(tb);
  });
  let order = byRate.map((a) => a.id);
  if (perfil === 'arrojado') order = toFront(order, ['refinanciamento', 'portabilidade_divida']);
  const front = feedback.prioridade && PRIORITY_FRONT[feedback.prioridade];
  if (front) order = toFront(order, front);
  return order.filter((id) => !feedback.recusados.has(id));
}
