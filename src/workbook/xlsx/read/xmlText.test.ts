import { runText } from './runText';
import { xmlText } from './xmlText';

describe('xmlText', () => {
  test.each([
    ['plain', 'plain'],
    ['Smith &amp; Co', 'Smith & Co'],
    ['&lt;&gt;&quot;&apos;', '<>"\''],
    ['caf&#233; &#x1F600;', 'café 😀'],
    ['a_x000D_b', 'a\rb'],
    ['_x005F_x000D_', '_x000D_'],
    ['<![CDATA[a & <b>]]>', 'a & <b>'],
    ['&unknown;', '&unknown;'],
  ])('%p is %p', (raw, text) => expect(xmlText(raw)).toBe(text));
});

describe('runText', () => {
  test('joins runs and leaves out phonetic guides and run properties', () => {
    const si = '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>Pers</t></r><r><t xml:space="preserve">on ID</t></r><rPh sb="0" eb="1"><t>ぺ</t></rPh><t/></si>';
    expect(runText(si, 0, si.length, '')).toBe('Person ID');
  });
});
