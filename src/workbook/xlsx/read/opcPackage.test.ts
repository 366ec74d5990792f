import { resolveTarget } from './opcPackage';

describe('resolveTarget (OPC part names from relationship targets)', () => {
  test.each([
    ['xl/', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', './worksheets/../ws/first.xml', 'xl/ws/first.xml'],
    ['xl/', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['xl/', 'worksheets/Participants%20data.xml', 'xl/worksheets/Participants data.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['', '/xl/workbook.xml#frag', 'xl/workbook.xml'],
  ])('from %p, %p is %p', (folder, target, part) => expect(resolveTarget(folder, target)).toBe(part));
});
