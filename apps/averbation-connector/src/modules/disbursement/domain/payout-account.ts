import type { PayoutAccount } from '@consignado/contracts';

/** The same PIX key, or the same account (ISPB, branch, number, type). */
export function sameAccount(a: PayoutAccount, b: PayoutAccount): boolean {
  if (a.kind === 'PIX_KEY' || b.kind === 'PIX_KEY') return a.kind === 'PIX_KEY' && b.kind === 'PIX_KEY' && a.pixKey === b.pixKey;
  return a.ispb === b.ispb && a.branch === b.branch && a.number === b.number && a.accountType === b.accountType;
}

/** What staff may see of an account: its kind, and for an account its bank, branch and type (never the key or number). */
export function accountOutline(a: PayoutAccount): { kind: string; ispb?: string; branch?: string; accountType?: string } {
  return a.kind === 'PIX_KEY' ? { kind: a.kind } : { kind: a.kind, ispb: a.ispb, branch: a.branch, accountType: a.accountType };
}
