/** The credit products (D-1). */
export const PRODUCTS = ['INSS_CONSIGNADO', 'SERVIDOR_CONSIGNADO', 'PERSONAL'] as const;
export type ProductCode = (typeof PRODUCTS)[number];

export const isProductCode = (value: unknown): value is ProductCode =>
  typeof value === 'string' && (PRODUCTS as readonly string[]).includes(value);
