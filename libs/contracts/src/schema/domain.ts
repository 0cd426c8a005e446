import { Type, type Static } from '@sinclair/typebox';
import { BenefitNumber, Code, IsoDate, Ispb, Money, Text, StringEnum } from './primitives';

/** Origination channels (R-PR-1, seed 003 §6.1). */
export const ORIGINATION_CHANNELS = ['DIGITAL', 'CORBAN', 'INTERNAL'] as const;
export const OriginationChannel = StringEnum(ORIGINATION_CHANNELS, 'OriginationChannel');
export type OriginationChannel = Static<typeof OriginationChannel>;

/** Envelope channels: the origination channels plus SYSTEM for jobs and reactions to events. */
export const EVENT_CHANNELS = [...ORIGINATION_CHANNELS, 'SYSTEM'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** Products (D-1). */
export const PRODUCTS = ['INSS_CONSIGNADO', 'SERVIDOR_CONSIGNADO', 'PERSONAL'] as const;
export const Product = StringEnum(PRODUCTS, 'Product');
export type Product = Static<typeof Product>;

/**
 * Operation types (R-PR-4, seed 003 Contract.operationType). RENEGOTIATION is never proposed: it is
 * the contract a workout of a late contract puts in its place (R-LN-8, docs/life-cycle.md).
 */
export const PROPOSAL_OPERATION_TYPES = ['NEW', 'REFINANCING', 'PORTABILITY'] as const;
export const OPERATION_TYPES = [...PROPOSAL_OPERATION_TYPES, 'RENEGOTIATION'] as const;
export const OperationType = StringEnum(OPERATION_TYPES, 'OperationType');
export type OperationType = Static<typeof OperationType>;
/** What a proposal may ask for: every operation type but RENEGOTIATION. */
export const ProposalOperationType = StringEnum(PROPOSAL_OPERATION_TYPES, 'ProposalOperationType');
export type ProposalOperationType = Static<typeof ProposalOperationType>;

/** Customer link with the payer (R-PR-6). */
export const LINK_TYPES = ['APOSENTADO', 'PENSIONISTA', 'SERVIDOR', 'EMPREGADO'] as const;
export const LinkType = StringEnum(LINK_TYPES, 'LinkType');
export type LinkType = Static<typeof LinkType>;

/** INSS benefit as the customer record and Dataprev describe it (seed 003 §5.1). */
export const Benefit = Type.Object(
  {
    number: BenefitNumber,
    /** Benefit kind as Dataprev names it, e.g. APOSENTADORIA_POR_IDADE. */
    kind: Code,
    value: Money,
    startDate: IsoDate,
  },
  { additionalProperties: false, title: 'Benefit' },
);
export type Benefit = Static<typeof Benefit>;

/**
 * One rule's verdict (R-CA-4): what was measured against which limit, under which parameter
 * version (D-1). Values are strings because they may be money, ages, dates or enum values.
 */
export const DecisionReason = Type.Object(
  {
    /** Rule id, e.g. "INSS.MARGIN" or "PERSONAL.SCORE_MIN". */
    rule: Code,
    /** Error code when the rule failed, e.g. "CREDIT.MARGIN_EXCEEDED". */
    code: Type.Optional(Code),
    passed: Type.Boolean(),
    measured: Text(100),
    limit: Text(100),
    /** pt-BR sentence shown to the channel (D-6). */
    message: Text(),
    parameterVersion: Text(64),
  },
  { additionalProperties: false, title: 'DecisionReason' },
);
export type DecisionReason = Static<typeof DecisionReason>;

/**
 * The contract a PORTABILITY proposal brings in (R-LN-7, seed 003 §3.2): where it is, never its
 * balance — the balance comes from the origin institution through the exchange (R-LN-11).
 */
export const PortabilityOrigin = Type.Object(
  {
    /** ISPB of the origin institution (8 digits). */
    originInstitutionIspb: Ispb,
    originContractNumber: Text(64),
  },
  { additionalProperties: false, title: 'PortabilityOrigin' },
);
export type PortabilityOrigin = Static<typeof PortabilityOrigin>;

/** One row of a repayment schedule as payment and notification need it. */
export const ScheduledInstallment = Type.Object(
  {
    number: Type.Integer({ minimum: 1, maximum: 480 }),
    dueDate: IsoDate,
    amount: Money,
  },
  { additionalProperties: false, title: 'ScheduledInstallment' },
);
export type ScheduledInstallment = Static<typeof ScheduledInstallment>;
