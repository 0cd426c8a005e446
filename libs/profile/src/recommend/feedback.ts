import { isRecord } from '../input/read';
import { PRIORITIES, PRODUCT_IDS, Priority, ProductId } from '../types';

/** Feedback reduced to what RF2 acts on; unknown values are ignored, never an error. */
export interface FeedbackChoices {
  prioridade: Priority | null;
  recusados: ReadonlySet<ProductId>;
  preferido: ProductId | null;
}

const isProduct = (value: unknown): value is ProductId => PRODUCT_IDS.includes(value as ProductId);
const isPriority = (value: unknown): value is Priority => PRIORITIES.includes(value as Priority);

export function readFeedback(feedback: unknown): FeedbackChoices {
  const f = isRecord(feedback) ? feedback : {};
  const refused = Array.isArray(f['produto_recusado']) ? f['produto_recusado'].filter(isProduct) : [];
  return {
    prioridade: isPriority(f['prioridade']) ? f['prioridade'] : null,
    recusados: new Set(refused),
    preferido: isProduct(f['produto_preferido']) ? f['produto_preferido'] : null,
  };
}
