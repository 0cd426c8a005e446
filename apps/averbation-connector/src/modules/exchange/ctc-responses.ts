import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { CTC_STATUSES, type CtcFeedPage, type CtcPortability } from './ctc.types';

const Money = Type.String({ pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$' });
const Rate = Type.String({ pattern: '^0(\\.[0-9]{1,12})?$' });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const Instant = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$' });
const Term = Type.Integer({ minimum: 1, maximum: 480 });
const Ispb = Type.String({ pattern: '^[0-9]{8}$' });
const Nu = Type.String({ pattern: '^[0-9]{21}$' });
const Status = Type.Union(CTC_STATUSES.map((s) => Type.Literal(s)));
const Nullable = <T extends ReturnType<typeof Type.Object>>(t: T) => Type.Union([t, Type.Null()]);

const Answer = Type.Object({
  balance: Money,
  balanceDate: Day,
  remainingInstallments: Term,
  installment: Money,
  monthlyRate: Rate,
  retentionOffer: Type.Optional(Type.Object({ monthlyRate: Rate, installment: Money, termMonths: Term })),
  answeredAt: Instant,
  dueBalanceLimitDate: Type.Optional(Day),
});

/** The exchange's portability (GET, every move, every feed snapshot), checked field by field. */
const Portability = Type.Object({
  portabilityNumber: Nu,
  status: Status,
  originIspb: Ispb,
  destinationIspb: Ispb,
  originContractNumber: Type.String({ minLength: 1, maxLength: 64 }),
  requestedAt: Instant,
  requestDate: Day,
  answerDeadline: Day,
  answer: Nullable(Answer),
  transfer: Nullable(Type.Object({ amount: Money, transferredAt: Instant, transferDate: Day })),
  settlement: Nullable(Type.Object({ receipt: Type.String({ minLength: 1, maxLength: 64 }), confirmedAt: Instant })),
  closure: Nullable(
    Type.Object({
      kind: Type.Union([Type.Literal('REJECTED'), Type.Literal('CANCELLED'), Type.Literal('PAYMENT_ISSUE')]),
      reason: Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,80}$' }),
      by: Type.Union([Type.Literal('ORIGIN'), Type.Literal('DESTINATION'), Type.Literal('EXCHANGE')]),
      at: Instant,
    }),
  ),
});

const FeedPage = Type.Object({
  messages: Type.Array(Type.Object({ cursor: Type.String({ pattern: '^[0-9]{1,18}$' }), portabilityNumber: Nu, role: Type.Union([Type.Literal('ORIGIN'), Type.Literal('DESTINATION')]), status: Status, portability: Type.Unknown() })),
  nextCursor: Type.String({ pattern: '^[0-9]{1,18}$' }),
});

/** Only what the connector uses: the CPF and the destination's offer are left behind. */
function portabilityOf(p: Static<typeof Portability>): CtcPortability {
  const { answer, transfer, settlement, closure } = p;
  return {
    portabilityNumber: p.portabilityNumber,
    status: p.status,
    originIspb: p.originIspb,
    destinationIspb: p.destinationIspb,
    originContractNumber: p.originContractNumber,
    requestedAt: p.requestedAt,
    requestDate: p.requestDate,
    answerDeadline: p.answerDeadline,
    ...(answer ? { answer: Value.Clean(Answer, structuredClone(answer)) as Static<typeof Answer> } : {}),
    ...(transfer ? { transfer: { amount: transfer.amount, transferredAt: transfer.transferredAt, transferDate: transfer.transferDate } } : {}),
    ...(settlement ? { settlement: { receipt: settlement.receipt, confirmedAt: settlement.confirmedAt } } : {}),
    ...(closure ? { closure: { kind: closure.kind, reason: closure.reason, by: closure.by, at: closure.at } } : {}),
  };
}

export function parsePortability(body: unknown): CtcPortability | undefined {
  return Value.Check(Portability, body) ? portabilityOf(body) : undefined;
}

/**
 * A feed page. A message whose position, NU, role or status does not parse spoils the page (a bad
 * response, retried: it could not even be told apart from a repeat); one whose snapshot does not
 * parse comes with `portability: null`, for the reader to record and skip.
 */
export function parseFeedPage(body: unknown): CtcFeedPage | undefined {
  if (!Value.Check(FeedPage, body)) return undefined;
  const messages = body.messages.map((m) => ({ cursor: m.cursor, portabilityNumber: m.portabilityNumber, role: m.role, status: m.status, portability: parsePortability(m.portability) ?? null }));
  return { messages, nextCursor: body.nextCursor };
}
