/** `{ key: value }`, or nothing when the value is absent (the event schemas forbid explicit undefined). */
export const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
