import { cellKind } from './cellKind';

describe('cellKind', () => {
  test.each([null, undefined, '', '   ', 'N/A', 'n/a', '-', NaN])('%p is blank', (v) => expect(cellKind(v)).toBe('blank'));
  test.each(['#N/A', '#VALUE!', ' #DIV/0! ', '#GETTING_DATA', { error: '#REF!' }])('%p is an error cell', (v) =>
    expect(cellKind(v)).toBe('error'),
  );
  test.each([0, 'x', '#hashtag', false, new Date(0), 'NA value'])('%p is a value', (v) => expect(cellKind(v)).toBe('value'));
});
