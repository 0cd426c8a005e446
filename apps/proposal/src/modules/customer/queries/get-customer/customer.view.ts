import type { Customer } from '../../domain/customer';
import { type PayoutAccountView, payoutAccountView } from './payout-account.view';

/** The customer as the channel reads it back (R-PR-6). */
export interface CustomerView {
  id: string;
  cpf: string;
  name: string;
  birthDate: string;
  monthlyIncome: string;
  monthlyExpenses?: string;
  linkType: string;
  benefit?: { number: string; kind: string; value: string; startDate: string };
  email?: string;
  phone?: string;
  /** Masked (R-LN-10): e.g. `{kind: 'PIX_KEY', pixKey: 'c***@example.com'}`. */
  payoutAccount?: PayoutAccountView;
  status: string;
  createdAt: string;
}

export function customerView(customer: Customer): CustomerView {
  const p = customer.props;
  return {
    id: p.id,
    cpf: p.cpf.toString(),
    name: p.name,
    birthDate: p.birthDate.toString(),
    monthlyIncome: p.monthlyIncome.toString(),
    ...(p.monthlyExpenses ? { monthlyExpenses: p.monthlyExpenses.toString() } : {}),
    linkType: p.linkType,
    ...(p.benefit
      ? { benefit: { number: p.benefit.number.toString(), kind: p.benefit.kind, value: p.benefit.value.toString(), startDate: p.benefit.startDate.toString() } }
      : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.payoutAccount ? { payoutAccount: payoutAccountView(p.payoutAccount) } : {}),
    status: p.status,
    createdAt: p.createdAt.toISOString(),
  };
}
