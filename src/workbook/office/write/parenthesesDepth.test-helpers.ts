/** the deepest nesting of parentheses in a text: 1 for "a (b)", 2 for "a (b (c))" (messages say one thing, without nested asides) */
export function parenthesesDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(') deepest = Math.max(deepest, ++depth);
    if (ch === ')') depth -= 1;
  }
  return deepest;
}
