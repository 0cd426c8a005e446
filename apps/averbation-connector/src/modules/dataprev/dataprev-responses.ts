import { IsoDate, Money } from '@consignado/finance';
import type { DataprevMargin, DataprevRegistration, DataprevRegistrationTerms } from './dataprev.types';

type Json = Record<string, unknown>;

const CODE = /^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/;
const BENEFIT = /^\d{10}$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-negative amount as the platform writes it ("700.00"), or undefined. */
function amount(v: unknown): string | undefined {
  const parsed = Money.parse(v);
  return parsed.ok && !parsed.value.isNegative() ? parsed.value.toString() : undefined;
}

function instant(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = new Date(v);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

function balance(v: unknown): DataprevMargin['margins']['loan'] | undefined {
  if (!isObject(v)) return undefined;
  const [limit, used, available] = [amount(v['limite']), amount(v['utilizado']), amount(v['disponivel'])];
  return limit && used && available ? { limit, used, available } : undefined;
}

/**
 * Dataprev's margin answer (seed 003 §5.1, Portuguese fields) in the platform's terms, checked
 * field by field: anything missing or malformed yields undefined (a bad response), never a
 * half-filled event.
 */
export function parseMargin(body: unknown, answeredAt: Date): DataprevMargin | undefined {
  if (!isObject(body) || !isObject(body['beneficio']) || !isObject(body['margem'])) return undefined;
  const b = body['beneficio'];
  const m = body['margem'];
  const value = amount(b['valorBeneficio']);
  const startDate = IsoDate.parse(b['dataInicio']);
  const [loan, card] = [balance(m['pessoal']), balance(m['cartao'])];
  const benefitCard = m['cartaoBeneficio'] === undefined ? undefined : balance(m['cartaoBeneficio']);
  const restrictions = body['restricoes'];
  if (typeof b['numero'] !== 'string' || !BENEFIT.test(b['numero']) || typeof b['tipoCredito'] !== 'string' || !CODE.test(b['tipoCredito'])) return undefined;
  if (!value || !startDate.ok || !loan || !card || (m['cartaoBeneficio'] !== undefined && !benefitCard)) return undefined;
  if (!Array.isArray(restrictions) || restrictions.length > 50 || !restrictions.every((r) => typeof r === 'string' && CODE.test(r))) return undefined;
  return {
    benefit: { number: b['numero'], kind: b['tipoCredito'], value, startDate: startDate.value.toString() },
    margins: { loan, card, ...(benefitCard ? { benefitCard } : {}) },
    restrictions: restrictions as string[],
    checkedAt: instant(body['consultadoEm']) ?? answeredAt.toISOString(),
  };
}

export function parseRegistration(body: unknown): DataprevRegistration | undefined {
  if (!isObject(body)) return undefined;
  const { protocolo, contratoId, situacao } = body;
  const registeredAt = instant(body['averbadaEm']);
  if (typeof protocolo !== 'string' || protocolo.length === 0 || protocolo.length > 64 || typeof contratoId !== 'string' || !registeredAt) return undefined;
  if (situacao !== 'ATIVA' && situacao !== 'CANCELADA') return undefined;
  return { protocol: protocolo, contractId: contratoId, active: situacao === 'ATIVA', registeredAt };
}

export function parseRegistrationList(body: unknown): DataprevRegistration[] | undefined {
  if (!isObject(body) || !Array.isArray(body['averbacoes'])) return undefined;
  const parsed = body['averbacoes'].map(parseRegistration);
  return parsed.every((r): r is DataprevRegistration => r !== undefined) ? parsed : undefined;
}

const isTerm = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 480;

/** A registration answer with its installment and term in force (the answer to "Alterar contrato"). */
export function parseRegistrationTerms(body: unknown): DataprevRegistrationTerms | undefined {
  const registration = parseRegistration(body);
  if (!registration || !isObject(body)) return undefined;
  const installmentAmount = amount(body['valorParcela']);
  const termMonths = body['quantidadeParcelas'];
  if (!installmentAmount || installmentAmount === '0.00' || !isTerm(termMonths)) return undefined;
  return { ...registration, installmentAmount, termMonths };
}
