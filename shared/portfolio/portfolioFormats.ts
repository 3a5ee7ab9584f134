/** The documents a client's portfolio exports as: one PDF page and one XLSX sheet. */
export const PORTFOLIO_FORMATS = ['pdf', 'xlsx'] as const;
export type PortfolioFormat = (typeof PORTFOLIO_FORMATS)[number];
