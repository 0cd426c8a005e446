import { maskCpf } from '@consignado/core';
import type { PayoutAccount } from '../../domain/payout-account';
import { pixKeyType } from '../../domain/pix-key';

/** The payout account as channels see it: enough to recognize it, never the whole key or number. */
export type PayoutAccountView = { kind: 'PIX_KEY'; pixKey: string } | { kind: 'BANK_ACCOUNT'; ispb: string; branch: string; number: string; accountType: string };

const stars = (n: number): string => '*'.repeat(Math.max(n, 1));

export function maskPixKey(key: string): string {
  switch (pixKeyType(key)) {
    case 'CPF':
      return maskCpf(key);
    case 'CNPJ':
      return `**.${key.slice(2, 5)}.${key.slice(5, 8)}/****-**`;
    case 'EMAIL':
      return `${key[0]}***@${key.split('@')[1]}`;
    case 'PHONE':
      return `+55${stars(key.length - 7)}${key.slice(-4)}`;
    default:
      return `${key.slice(0, 4)}****-****-****-********${key.slice(-4)}`;
  }
}

export function payoutAccountView(account: PayoutAccount): PayoutAccountView {
  if (account.kind === 'PIX_KEY') return { kind: 'PIX_KEY', pixKey: maskPixKey(account.pixKey) };
  const { ispb, branch, number, accountType } = account;
  const shown = Math.min(4, Math.floor(number.length / 2));
  return { kind: 'BANK_ACCOUNT', ispb, branch, number: `****${number.slice(number.length - shown)}`, accountType };
}
