import { FORMULA_VALUE_PREFIX } from '../../workbook/excelFake';
import { formatCellText, formatGeneral } from './numberFormat';

describe('formatCellText', () => {
  test.each([
    [0.9150979535170712, '0.0%', '91.5%'],
    [0.045518301789780335, '0.0%', '4.6%'],
    [0.5, '0%', '50%'],
    [1, '0%', '100%'],
    [32.19712525667351, '0.0', '32.2'],
    [4.219047619047619, '0.00', '4.22'],
    [0.0000059, '0.0000', '0.0000'],
    [0.0123, '0.000', '0.012'],
    [1.005, '0.00', '1.01'],
    [119, '#,##0', '119'],
    [1760, '#,##0', '1,760'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [3, '0', '3'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [0.36, '+0.00;-0.00;0.00', '+0.36'],
    [-0.12, '+0.00;-0.00;0.00', '-0.12'],
    [0, '+0.00;-0.00;0.00', '0.00'],
    [-0.04, '0.0', '-0.0'],
    [1.5, '0.0" pp"', '1.5 pp'],
    [0.25, '#.##', '.25'],
    [12, '0.0#', '12.0'],
    [12.345, '0.0#', '12.35'],
    [1500000, '#,##0,', '1,500'],
    [5, '[Red]0.0', '5.0'],
    [5, '[$€-407]#,##0', '€5'],
  ] as const)('%p as %s is %s', (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  test.each([
    [46295, 'yyyy-mm-dd', '2026-09-30'],
    [45292, 'yyyy-mm-dd', '2024-01-01'],
    [45292, 'd mmm yyyy', '1 Jan 2024'],
    [45292, 'm/d/yyyy', '1/1/2024'],
    [45292, 'dd/mm/yy', '01/01/24'],
    [45292, 'dddd, mmmm d', 'Monday, January 1'],
    [45292.75, 'yyyy-mm-dd hh:mm', '2024-01-01 18:00'],
    [45292.5625, 'h:mm AM/PM', '1:30 PM'],
    [60, 'yyyy-mm-dd', '1900-02-29'],
    [61, 'yyyy-mm-dd', '1900-03-01'],
  ] as const)('date serial %p as %s is %s', (serial, format, text) => {
    expect(formatCellText(serial, format)).toBe(text);
  });

  test('the 1904 date system counts from 1904-01-01', () => {
    expect(formatCellText(0, 'yyyy-mm-dd', '1904')).toBe('1904-01-01');
    expect(formatCellText(44196, 'yyyy-mm-dd', '1904')).toBe('2025-01-01');
  });

  test('General, text, booleans, blanks and formulas', () => {
    expect(formatCellText(119, 'General')).toBe('119');
    expect(formatCellText(0.1 + 0.2, 'General')).toBe('0.3');
    expect(formatCellText('Woman', 'General')).toBe('Woman');
    expect(formatCellText('007', '@')).toBe('007');
    expect(formatCellText(7, '@')).toBe('7');
    expect(formatCellText(true, '0.0')).toBe('TRUE');
    expect(formatCellText(false)).toBe('FALSE');
    expect(formatCellText('', '0.0%')).toBe('');
    expect(formatCellText(`${FORMULA_VALUE_PREFIX}=SUM(A1:A3)`, 'General')).toBe('=SUM(A1:A3)');
  });

  test('formats it does not model fall back to General', () => {
    expect(formatCellText(12345.678, '0.00E+00')).toBe('12345.678');
    expect(formatCellText(0.5, '# ?/?')).toBe('0.5');
  });
});

describe('formatGeneral', () => {
  test.each([
    [0, '0'],
    [1, '1'],
    [-42, '-42'],
    [3.14159265358979, '3.141592654'],
    [1234567.891234, '1234567.891'],
    [0.000123456789012, '0.000123457'],
    [123456789012, '1.23457E+11'],
    [1e-12, '1E-12'],
  ] as const)('%p is %s', (value, text) => {
    expect(formatGeneral(value)).toBe(text);
  });
});
