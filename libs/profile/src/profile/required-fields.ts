import { Fields, readCount, readMoney } from '../input/read';
import { REQUIRED_FIELDS, RequiredField } from '../types';

const MONEY_FIELDS = ['renda_mensal_bruta', 'despesas_mensais', 'limite_total_cartoes', 'saldo_devedor_cartoes'] as const;
const COUNT_FIELDS = ['consultas_ultimos_6m', 'inadimplencias_registradas_5a'] as const;

/** RF1 step 1: the required fields that are absent, in the contract's order. */
export function missingFields(input: Fields): RequiredField[] {
  const present = (field: RequiredField): boolean => {
    if (field === 'historico_pagamentos') return Array.isArray(input[field]);
    if ((MONEY_FIELDS as readonly string[]).includes(field)) return readMoney(input[field]) !== null;
    return (COUNT_FIELDS as readonly string[]).includes(field) && readCount(input[field]) !== null;
  };
  return REQUIRED_FIELDS.filter((field) => !present(field));
}
