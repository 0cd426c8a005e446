import { Type, type Static } from '@sinclair/typebox';
import { Ispb, StringEnum } from './primitives';

/**
 * Where the customer receives money from us (R-LN-10): a PIX key (DICT) or a bank account
 * (ISPB, branch, number, type as the SPI names them). Personal data: the key and the account
 * number travel sealed.
 */
export const PixKeyAccount = Type.Object(
  {
    kind: Type.Literal('PIX_KEY'),
    /** A CPF/CNPJ (digits), e-mail, +55 phone or random key (EVP), as the DICT keeps it. */
    pixKey: Type.String({ minLength: 1, maxLength: 77 }),
  },
  { additionalProperties: false, title: 'PixKeyAccount' },
);

export const BankAccount = Type.Object(
  {
    kind: Type.Literal('BANK_ACCOUNT'),
    ispb: Ispb,
    branch: Type.String({ pattern: '^[0-9]{1,4}$' }),
    /** Account number with its check digit, digits only. */
    number: Type.String({ minLength: 2, maxLength: 20 }),
    /** CACC checking, SVGS savings, TRAN payment account (SPI's codes). */
    accountType: StringEnum(['CACC', 'SVGS', 'TRAN'] as const, 'AccountType'),
  },
  { additionalProperties: false, title: 'BankAccount' },
);

export const PayoutAccount = Type.Union([PixKeyAccount, BankAccount], { title: 'PayoutAccount' });
export type PayoutAccount = Static<typeof PayoutAccount>;

/** Why money goes out to a customer: a loan's released amount, or credit refunded (overpayment, premium). */
export const DISBURSEMENT_PURPOSES = ['LOAN_RELEASE', 'CREDIT_REFUND'] as const;
export const DisbursementPurpose = StringEnum(DISBURSEMENT_PURPOSES, 'DisbursementPurpose');
