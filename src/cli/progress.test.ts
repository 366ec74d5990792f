import { progressReporter } from './progress';

describe('progressReporter', () => {
  test('nothing in the first second, then at most one line every half second', () => {
    let t = 0;
    const lines: string[] = [];
    const progress = progressReporter({ out: () => {}, err: (s) => lines.push(s), clock: () => t });
    progress('a'); // 0 ms
    t = 999;
    progress('b');
    t = 1000;
    progress('c');
    t = 1400;
    progress('d');
    t = 1500;
    progress('e');
    expect(lines).toEqual(['c\n', 'e\n']);
  });

  test('a stopped clock prints nothing', () => {
    const lines: string[] = [];
    const progress = progressReporter({ out: () => {}, err: (s) => lines.push(s), clock: () => 0 });
    for (let i = 0; i < 5; i++) progress('working');
    expect(lines).toEqual([]);
  });
});
