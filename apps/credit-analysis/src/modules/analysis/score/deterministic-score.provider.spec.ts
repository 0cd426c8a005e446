import { Cpf } from '@consignado/finance';
import { derivedScore, DeterministicScoreProvider, FIXTURE_SCORES } from './deterministic-score.provider';

describe('DeterministicScoreProvider (R-CA-2)', () => {
  const provider = new DeterministicScoreProvider();

  it.each(Object.entries(FIXTURE_SCORES))('fixture CPF %s scores %i and is a valid CPF', async (cpf, score) => {
    expect(Cpf.parse(cpf).ok).toBe(true);
    await expect(provider.scoreOf(cpf)).resolves.toBe(score);
  });

  it('includes a CPF below the minimum for rejection tests', () => {
    expect(Object.values(FIXTURE_SCORES).some((s) => s < 201)).toBe(true);
  });

  it.each([
    ['52998224725', 795], // 529982247 mod 1001
    ['11144477735', 444], // 111444777 mod 1001
    ['12345678909', 456],
  ])('other CPFs: first nine digits mod 1001 — %s → %i', async (cpf, score) => {
    expect(derivedScore(cpf)).toBe(score);
    await expect(provider.scoreOf(cpf)).resolves.toBe(score);
  });

  it('always lands in 0..1000', () => {
    for (const cpf of ['00000000191', '99999999999', '10010010010']) {
      const score = derivedScore(cpf);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1000);
    }
  });
});
