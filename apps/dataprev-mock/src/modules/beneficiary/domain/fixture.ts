import { Cpf, IsoDate, InssBenefitNumber, Money } from '@consignado/finance';
import type { Beneficiary } from './beneficiary';

/** One fixture beneficiary: a documented person for hand tests and edge cases (README). */
export interface FixtureBeneficiary {
  readonly holderCpf: string;
  /** The benefit on a given day (a start date may be relative: "started 30 days ago"). */
  on(today: IsoDate): Beneficiary;
}

export interface BeneficiaryFixture {
  readonly beneficiaries: ReadonlyMap<string, FixtureBeneficiary>;
  /** Well-formed numbers Dataprev does not know (404). */
  readonly notFound: ReadonlySet<string>;
}

interface RawEntry {
  benefitNumber: string;
  cpf: string;
  kind: string;
  value: string;
  startDate?: string;
  startDaysAgo?: number;
  externalCommitments: string;
  restrictions: string[];
}

function orThrow<T>(result: { ok: true; value: T } | { ok: false; error: Error }, where: string): T {
  if (!result.ok) throw new Error(`beneficiary fixture, ${where}: ${result.error.message}`);
  return result.value;
}

function entry(raw: RawEntry): FixtureBeneficiary {
  const where = raw.benefitNumber;
  const benefitNumber = orThrow(InssBenefitNumber.parse(raw.benefitNumber), where).toString();
  const holderCpf = orThrow(Cpf.parse(raw.cpf), where).toString();
  const value = orThrow(Money.parsePositive(raw.value, 'value'), where);
  const externalCommitments = orThrow(Money.parse(raw.externalCommitments, 'externalCommitments'), where);
  const fixedStart = raw.startDate === undefined ? undefined : orThrow(IsoDate.parse(raw.startDate, 'startDate'), where);
  const daysAgo = raw.startDaysAgo;
  if (fixedStart === undefined && !(Number.isInteger(daysAgo) && (daysAgo as number) >= 0)) {
    throw new Error(`beneficiary fixture, ${where}: give startDate or a non-negative startDaysAgo`);
  }
  const base = { benefitNumber, kind: raw.kind, value, externalCommitments, restrictions: [...raw.restrictions] };
  return { holderCpf, on: (today) => ({ ...base, startDate: fixedStart ?? today.plusDays(-(daysAgo as number)) }) };
}

/** Validates the fixture file at boot: a broken fixture stops the mock with a clear message. */
export function loadFixture(raw: { beneficiaries: RawEntry[]; notFound: string[] }): BeneficiaryFixture {
  const beneficiaries = new Map(raw.beneficiaries.map((r) => [r.benefitNumber, entry(r)] as const));
  if (beneficiaries.size !== raw.beneficiaries.length) throw new Error('beneficiary fixture: a benefit number appears twice');
  for (const n of raw.notFound) orThrow(InssBenefitNumber.parse(n), n);
  return { beneficiaries, notFound: new Set(raw.notFound) };
}
