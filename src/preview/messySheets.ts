/**
 * The messy workbook of the tests (a title above the header, synonym headers, mixed dates, duplicate
 * ids, a reporting-chain cycle, error cells, …) for `?workbook=messy`. Re-exported from
 * test/fixtures so the tests and the preview show the same workbook; webpack.preview.config.js lets
 * ts-loader compile that one folder of test/.
 */
export { MESSY_SHEETS } from '../../test/fixtures/messyWorkbook';
