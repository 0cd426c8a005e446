/**
 * Who receives a transfer: a PIX key (the DICT resolves it) or an account (ISPB, branch, number,
 * type as the SPI names them) — the contracts' PayoutAccount shape.
 */
export type Creditor =
  | { readonly kind: 'PIX_KEY'; readonly pixKey: string }
  | { readonly kind: 'BANK_ACCOUNT'; readonly ispb: string; readonly branch: string; readonly number: string; readonly accountType: 'CACC' | 'SVGS' | 'TRAN' };

export const ACCOUNT_TYPES = ['CACC', 'SVGS', 'TRAN'] as const;

export function sameCreditor(a: Creditor, b: Creditor): boolean {
  if (a.kind === 'PIX_KEY' || b.kind === 'PIX_KEY') return a.kind === 'PIX_KEY' && b.kind === 'PIX_KEY' && a.pixKey === b.pixKey;
  return a.ispb === b.ispb && a.branch === b.branch && a.number === b.number && a.accountType === b.accountType;
}

/** The creditor's own key for outcome scripts: its PIX key, or its account number. */
export const creditorSubject = (c: Creditor): { pixKey: string } | { accountNumber: string } => (c.kind === 'PIX_KEY' ? { pixKey: c.pixKey } : { accountNumber: c.number });
