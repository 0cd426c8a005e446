import { validateSignUp } from './sign-up';

describe('sign-up validation', () => {
  it('accepts a valid CPF (normalized) and a password of 8 characters', () => {
    expect(validateSignUp({ cpf: '529.982.247-25', password: '12345678' })).toEqual({ cpf: '52998224725', password: '12345678' });
  });

  it.each([
    [{ cpf: '52998224726', password: '12345678' }, 'ACCOUNT.INVALID_CPF', 'CPF inválido.'],
    [{ cpf: 52998224725, password: '12345678' }, 'ACCOUNT.INVALID_CPF', 'CPF inválido.'],
    [{ password: '12345678' }, 'ACCOUNT.INVALID_CPF', 'CPF inválido.'],
    [{ cpf: '52998224725', password: '1234567' }, 'ACCOUNT.INVALID_PASSWORD', 'A senha deve ter pelo menos 8 caracteres.'],
    [{ cpf: '52998224725' }, 'ACCOUNT.INVALID_PASSWORD', 'A senha deve ter pelo menos 8 caracteres.'],
    [null, 'ACCOUNT.INVALID_CPF', 'CPF inválido.'],
  ])('refuses %j with 400 %s', (body, code, message) => {
    expect(validateSignUp(body)).toEqual({ status: 400, body: { code, message } });
  });
});
