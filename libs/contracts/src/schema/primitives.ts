import { Type, type TSchema, type TUnsafe, type Static } from '@sinclair/typebox';

/*
 * Building blocks shared by every payload. Each carries a `title` and a `description` because the
 * validator quotes them in its error messages and the AsyncAPI document shows them to readers.
 */

/** Canonical lower-case UUID: inbox tables compare event ids as text, so one spelling only. */
export const Uuid = Type.String({
  title: 'Uuid',
  description: 'lower-case UUID, e.g. "3f0c1a9e-5b6d-4c7e-8f90-1a2b3c4d5e6f"',
  format: 'uuid',
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
});

/**
 * Money in BRL as a decimal string with exactly two decimals ("303.88"), never a JS number
 * (STYLE: amounts cross service boundaries as strings; libs/finance prints them this way).
 * No event carries a negative amount, so the sign is refused too.
 */
export const Money = Type.String({
  title: 'Money',
  description: 'non-negative BRL amount as a decimal string with exactly two decimals, e.g. "303.88"',
  pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$',
});

/** A monthly (or daily) rate as a fraction below one: "0.0185" is 1.85% a.m. (FINANCE.md). */
export const RateFraction = Type.String({
  title: 'RateFraction',
  description: 'rate as a decimal fraction below 1, up to 12 decimals, e.g. "0.0185" for 1.85% a.m.',
  pattern: '^0(\\.[0-9]{1,12})?$',
});

/** A percentage with two decimals as libs/finance shows CET ("26.52" = 26.52% a.a.). */
export const Percent = Type.String({
  title: 'Percent',
  description: 'percentage as a decimal string with exactly two decimals, e.g. "26.52"',
  pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$',
});

/** Calendar date, ISO `YYYY-MM-DD` (D-5). */
export const IsoDate = Type.String({
  title: 'IsoDate',
  description: 'calendar date, ISO-8601 YYYY-MM-DD, e.g. "2025-03-10"',
  format: 'date',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
});

/** Instant in UTC; the trailing Z keeps timelines sortable as strings across services. */
export const UtcTimestamp = Type.String({
  title: 'UtcTimestamp',
  description: 'instant, ISO-8601 in UTC ending in Z, e.g. "2025-01-01T10:00:00.000Z"',
  format: 'date-time',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$',
});

/** CPF, 11 digits without punctuation. Check digits are verified at the channel edge (R-PR-6). */
export const Cpf = Type.String({
  title: 'Cpf',
  description: 'CPF, 11 digits without punctuation',
  pattern: '^[0-9]{11}$',
});

/** INSS benefit number, 10 digits (seed 003 §7.2 BenefitNumber). */
export const BenefitNumber = Type.String({
  title: 'BenefitNumber',
  description: 'INSS benefit number, 10 digits',
  pattern: '^[0-9]{10}$',
});

/** ISPB: the 8-digit identifier of a financial institution in the Brazilian payment system. */
export const Ispb = Type.String({ title: 'Ispb', description: 'ISPB of an institution, 8 digits', pattern: '^[0-9]{8}$' });

/** Portability number (NU) the interbank exchange gives a portability, 21 digits (R-LN-11). */
export const PortabilityNumber = Type.String({ title: 'PortabilityNumber', description: 'portability number (NU), 21 digits', pattern: '^[0-9]{21}$' });

/** A SHA-256 digest as 64 lower-case hex characters (a document's fingerprint, e.g. the CCB's). */
export const Sha256Hex = Type.String({ title: 'Sha256Hex', description: 'SHA-256 digest, 64 lower-case hex characters', pattern: '^[0-9a-f]{64}$' });

/** Stable machine-readable code in the style of domain errors: `AREA.REASON`. */
export const Code = Type.String({
  title: 'Code',
  description: 'upper-case code, dot-separated, e.g. "AVERBATION.MARGIN_INSUFFICIENT"',
  pattern: '^[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)*$',
  maxLength: 100,
});

/** Short free text (pt-BR for anything a customer may read, D-6). */
export const Text = (maxLength = 500) => Type.String({ minLength: 1, maxLength });

/** Number of months of a loan; the range is structural, product limits belong to credit analysis. */
export const TermMonths = Type.Integer({ title: 'TermMonths', minimum: 1, maximum: 480 });

/** Installment position in a schedule, starting at 1. */
export const InstallmentNumber = Type.Integer({ title: 'InstallmentNumber', minimum: 1, maximum: 480 });

/**
 * A string enum as one `enum` keyword (Type.Union of literals would become `anyOf` and give three
 * error lines per mistake instead of one).
 */
export function StringEnum<const T extends readonly string[]>(values: T, title?: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(title ? { title } : {}) });
}

/** The schema, or null; kept as one `type` array so a mistake yields one readable error. */
export function Nullable<S extends TSchema>(schema: S): TUnsafe<Static<S> | null> {
  const { type, enum: values, ...rest } = schema as TSchema & { type?: string; enum?: unknown[] };
  return Type.Unsafe<Static<S> | null>({
    ...rest,
    type: [type, 'null'],
    ...(values ? { enum: [...values, null] } : {}),
  });
}
