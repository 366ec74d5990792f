import { jsonBytes, utf8Length } from './jsonBytes';

describe('utf8Length', () => {
  test('equals the length of the UTF-8 encoding, lone surrogates as 3 bytes (U+FFFD)', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀b', '\ud800', '\udc00x', 'Zoë – 日本']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
  test('jsonBytes measures the JSON text', () => {
    expect(jsonBytes({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
    expect(jsonBytes(undefined)).toBe(0);
  });
});
