/** pt-BR renderings for timeline lines (D-6): R$ 1.234,56 · 26,04% · 11/02/2025. */
export const brl = (amount: string): string => {
  const [int, cents] = amount.split('.');
  return `R$ ${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
};

export const percent = (p: string): string => `${p.replace('.', ',')}%`;

export const dateBr = (iso: string): string => iso.split('-').reverse().join('/');
