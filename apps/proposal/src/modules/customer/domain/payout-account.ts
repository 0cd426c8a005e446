import type { PayoutAccount } from '@consignado/contracts';
import { fieldError } from '../../../shared/field-errors';
import { normalizePixKey, pixKeyType } from './pix-key';

export type { PayoutAccount };

/** What a channel sent for a payout account, before its shape is checked against its kind. */
export interface PayoutAccountInput {
  readonly kind: string;
  readonly pixKey?: string;
  readonly ispb?: string;
  readonly branch?: string;
  readonly number?: string;
  readonly accountType?: string;
}

const BANK_FIELDS = ['ispb', 'branch', 'number', 'accountType'] as const;
const ACCOUNT_TYPES = ['CACC', 'SVGS', 'TRAN'] as const;
type AccountType = (typeof ACCOUNT_TYPES)[number];

const pixError = (message: string) => fieldError('CUSTOMER.INVALID_PIX_KEY', 'pixKey', message);
const bankError = (field: string, message: string) => fieldError('CUSTOMER.INVALID_BANK_ACCOUNT', field, message);

/**
 * A payout account (R-LN-10), strictly: a PIX key of a DICT type (CPF or CNPJ with valid check
 * digits, e-mail, +55 phone, EVP) and nothing else, or a bank account (ISPB 8 digits, branch 1–4,
 * number 2–20 digits, CACC/SVGS/TRAN) and nothing else. Refusals are 400s naming the field.
 */
export function parsePayoutAccount(input: PayoutAccountInput): PayoutAccount {
  if (input.kind === 'PIX_KEY') {
    const extra = BANK_FIELDS.find((field) => input[field] !== undefined);
    if (extra) throw bankError(extra, `${extra} não se aplica a uma chave PIX.`);
    const key = normalizePixKey(input.pixKey ?? '');
    if (!pixKeyType(key)) throw pixError('Chave PIX inválida: informe um CPF ou CNPJ (só dígitos, válidos), um e-mail, um celular +55 ou uma chave aleatória.');
    return { kind: 'PIX_KEY', pixKey: key };
  }
  if (input.kind !== 'BANK_ACCOUNT') throw fieldError('CUSTOMER.INVALID_PAYOUT_ACCOUNT', 'kind', 'O tipo da conta deve ser PIX_KEY ou BANK_ACCOUNT.');
  if (input.pixKey !== undefined) throw pixError('pixKey não se aplica a uma conta bancária.');
  const { ispb = '', branch = '', number = '', accountType = '' } = input;
  if (!/^\d{8}$/.test(ispb)) throw bankError('ispb', 'O ISPB da instituição deve ter 8 dígitos.');
  if (!/^\d{1,4}$/.test(branch)) throw bankError('branch', 'A agência deve ter de 1 a 4 dígitos.');
  if (!/^\d{2,20}$/.test(number)) throw bankError('number', 'O número da conta, com o dígito, deve ter de 2 a 20 dígitos.');
  if (!ACCOUNT_TYPES.includes(accountType as AccountType)) throw bankError('accountType', 'O tipo de conta deve ser CACC (corrente), SVGS (poupança) ou TRAN (pagamento).');
  return { kind: 'BANK_ACCOUNT', ispb, branch, number, accountType: accountType as AccountType };
}

/** A CPF key names its holder: it must be the customer's own CPF (the rail checks the holder too). */
export function assertOwnedBy(account: PayoutAccount, cpf: string): void {
  if (account.kind === 'PIX_KEY' && pixKeyType(account.pixKey) === 'CPF' && account.pixKey !== cpf) {
    throw pixError('A chave PIX do tipo CPF deve ser o CPF do próprio cliente.');
  }
}

export function sameAccount(a: PayoutAccount | undefined, b: PayoutAccount): boolean {
  return a !== undefined && JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
