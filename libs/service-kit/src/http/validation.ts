import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@consignado/core';

/** pt-BR wording for the class-validator constraints our DTOs use (D-6). */
const PT_BR: Record<string, string> = {
  isDefined: 'é obrigatório',
  isNotEmpty: 'não pode ser vazio',
  isString: 'deve ser um texto',
  isInt: 'deve ser um número inteiro',
  isNumberString: 'deve ser um número em texto',
  isBoolean: 'deve ser verdadeiro ou falso',
  isIn: 'tem um valor não permitido',
  isEnum: 'tem um valor não permitido',
  isUUID: 'deve ser um UUID',
  isUuid: 'deve ser um UUID',
  isISO8601: 'deve ser uma data ISO-8601 (AAAA-MM-DD)',
  isDateString: 'deve ser uma data ISO-8601 (AAAA-MM-DD)',
  matches: 'está em formato inválido',
  min: 'está abaixo do mínimo permitido',
  max: 'está acima do máximo permitido',
  maxLength: 'é longo demais',
  minLength: 'é curto demais',
  isEmail: 'deve ser um e-mail válido',
  whitelistValidation: 'não é um campo aceito',
  isObject: 'deve ser um objeto',
  isArray: 'deve ser uma lista',
  arrayMinSize: 'deve ter ao menos um item',
  arrayMaxSize: 'tem itens demais',
  nestedValidation: 'é inválido',
};

export interface FieldProblem {
  field: string;
  constraint: string;
  message: string;
}

export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = `${prefix}${e.property}`;
    const own = Object.keys(e.constraints ?? {}).map((constraint) => ({ field, constraint, message: `${field} ${PT_BR[constraint] ?? 'é inválido'}` }));
    return [...own, ...fieldProblems(e.children ?? [], `${field}.`)];
  });
}

/** Strict body validation: unknown fields refused, every problem reported, nothing written. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new DomainError('REQUEST.INVALID_BODY', 'Dados da requisição inválidos', { fields: fieldProblems(errors) }),
  });
}
