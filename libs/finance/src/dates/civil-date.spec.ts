import { civilDateInBrazil } from './civil-date';

describe('civilDateInBrazil', () => {
  it.each([
    ['2026-03-10T01:30:00Z', '2026-03-09'], // 22:30 the evening before in Brasília (UTC−3)
    ['2026-03-10T03:00:00Z', '2026-03-10'], // midnight in Brasília
    ['2026-12-31T23:59:59Z', '2026-12-31'],
    ['2018-01-15T02:30:00Z', '2018-01-15'], // daylight saving then (UTC−2): already 00:30
  ])('%s is %s in Brazil', (instant, day) => expect(civilDateInBrazil(new Date(instant)).toString()).toBe(day));
});
