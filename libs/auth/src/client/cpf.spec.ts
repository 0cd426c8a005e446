import { generateCpf } from './cpf';

/** Check digits recomputed independently (weights 10…2 and 11…2). */
function valid(cpf: string): boolean {
  const d = [...cpf].map(Number);
  const dv = (n: number) => ((d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0) * 10) % 11) % 10;
  return /^\d{11}$/.test(cpf) && !/^(\d)\1{10}$/.test(cpf) && dv(9) === d[9] && dv(10) === d[10];
}

describe('generateCpf', () => {
  it('makes valid, varied CPFs', () => {
    const many = Array.from({ length: 200 }, generateCpf);
    expect(many.filter((c) => !valid(c))).toEqual([]);
    expect(new Set(many).size).toBeGreaterThan(190);
    expect(valid('52998224725')).toBe(true); // the oracle itself
    expect(valid('52998224726')).toBe(false);
  });
});
