import { parsePreviewOptions, previewSearch } from './previewOptions';

test('defaults: an empty workbook, no failure, the browser theme', () => {
  expect(parsePreviewOptions('')).toEqual({ workbook: 'empty', fail: null, theme: null, problems: [] });
});

test('each parameter, in any case', () => {
  expect(parsePreviewOptions('?workbook=sample&fail=write&theme=dark')).toEqual({ workbook: 'sample', fail: 'write', theme: 'dark', problems: [] });
  expect(parsePreviewOptions('?workbook=MESSY&theme=Light')).toMatchObject({ workbook: 'messy', theme: 'light' });
});

test('a value not understood is reported and the default used', () => {
  const options = parsePreviewOptions('?workbook=huge&fail=read');
  expect(options).toMatchObject({ workbook: 'empty', fail: null });
  expect(options.problems).toEqual(['workbook=huge is not one of empty, sample, messy; ignored', 'fail=read is not one of write; ignored']);
});

test('previewSearch writes what parsePreviewOptions reads', () => {
  expect(previewSearch({ workbook: 'empty', fail: null, theme: null })).toBe('?');
  const search = previewSearch({ workbook: 'messy', fail: 'write', theme: 'dark' });
  expect(search).toBe('?workbook=messy&fail=write&theme=dark');
  expect(parsePreviewOptions(search)).toMatchObject({ workbook: 'messy', fail: 'write', theme: 'dark' });
});
