import { cellAddress, columnLetters } from '../excel/a1Address';
import { foldHeader } from './foldHeader';

test('headers fold case, spaces, underscores, hyphens and dots', () => {
  for (const h of ['Person ID', 'person_id', 'PersonId', ' PERSON-ID ', 'person.id']) expect(foldHeader(h)).toBe('personid');
  expect(foldHeader('Ｐｅｒｓｏｎ ＩＤ')).toBe('personid'); // full-width letters (NFKC)
});

test('A1 addresses', () => {
  expect(columnLetters(1)).toBe('A');
  expect(columnLetters(26)).toBe('Z');
  expect(columnLetters(27)).toBe('AA');
  expect(columnLetters(16384)).toBe('XFD');
  expect(cellAddress(7, 2)).toBe('B7');
});
