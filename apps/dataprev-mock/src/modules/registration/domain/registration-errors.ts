import type { Money } from '@consignado/finance';
import { DataprevError } from '../../beneficiary/domain/dataprev-error';

/** "R$ 1.234,56" for pt-BR messages. */
const brl = (m: Money): string => {
  const [units, cents] = m.toString().split('.');
  return `R$ ${units.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
};

export const benefitBlocked = (): DataprevError => new DataprevError('DATAPREV.BENEFIT_BLOCKED', 'Benefício bloqueado para empréstimo consignado.');

/** `available`: the loan margin this installment had to fit. */
export const marginInsufficient = (available: Money, installment: Money): DataprevError =>
  new DataprevError('DATAPREV.MARGIN_INSUFFICIENT', `Margem consignável insuficiente: disponível ${brl(available)}, parcela ${brl(installment)}.`, {
    available: available.toString(),
    installment: installment.toString(),
  });

export const registrationCancelled = (protocol: string, cancelledAt?: Date): DataprevError =>
  new DataprevError('DATAPREV.REGISTRATION.CANCELLED', `Averbação ${protocol} cancelada: não pode ser alterada.`, {
    protocol,
    ...(cancelledAt ? { cancelledAt: cancelledAt.toISOString() } : {}),
  });
