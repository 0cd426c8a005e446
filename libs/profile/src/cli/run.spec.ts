import { runStdin } from './run';

describe('profile:calc requests (PROFILE.md "Command")', () => {
  it('answers one request with one result and an array with an array', () => {
    const single = runStdin({ op: 'profile', input: {} }) as { campos_faltantes: string[] };
    expect(single.campos_faltantes).toHaveLength(7);
    expect(runStdin([{ op: 'score', input: {} }, { op: 'profile', input: [1] }, 7])).toEqual([
      { error: { code: 'UNKNOWN_OP', message: 'operação desconhecida' } },
      { error: { code: 'INVALID_INPUT', message: 'input deve ser um objeto' } },
      { error: { code: 'INVALID_INPUT', message: 'requisição deve ser um objeto {"op", "input"}' } },
    ]);
  });

  it('treats inherited names as unknown ops', () => {
    expect(runStdin({ op: 'toString', input: {} })).toEqual({ error: { code: 'UNKNOWN_OP', message: 'operação desconhecida' } });
  });
});
