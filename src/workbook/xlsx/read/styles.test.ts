import { dateStyles, isDateFormat } from './styles';

describe('isDateFormat', () => {
  test.each(['yyyy-mm-dd', 'd/m/yy', 'mmm-yy', 'h:mm AM/PM', '[$-409]dddd, mmmm dd, yyyy', 'dd"."mm"."yyyy', '[Red]yyyy-mm-dd;@'])('%s shows a date or time', (code) =>
    expect(isDateFormat(code)).toBe(true),
  );
  test.each(['General', '0.00', '#,##0', '0%', '"days" 0', '[h]:mm:ss', '0.00E+00', '@', '#,##0 "hrs";-#,##0'])('%s does not', (code) => expect(isDateFormat(code)).toBe(false));
});

describe('dateStyles', () => {
  test('indexes cellXfs, not cellStyleXfs, by built-in and custom formats, on any prefix', () => {
    const xml = `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><x:numFmt numFmtId="165" formatCode="0.0&quot; h&quot;"/></x:numFmts>
      <x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>
      <x:cellXfs count="5"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/><x:xf numFmtId="164"><x:alignment/></x:xf><x:xf numFmtId="165"/><x:xf numFmtId="46"/></x:cellXfs>
    </x:styleSheet>`;
    expect(dateStyles(xml)).toEqual([false, true, true, false, false]);
    expect(dateStyles(undefined)).toEqual([]);
  });
});
