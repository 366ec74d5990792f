import type { CellStyle } from './plan';

/** Cadre's teal, the icons' colour. */
export const CADRE_TEAL = '0F6E5A';

/** The header row of every table Cadre writes. */
export const HEADER_STYLE: CellStyle = { bold: true, fill: CADRE_TEAL, color: 'FFFFFF', wrap: true, vertical: 'top' };
