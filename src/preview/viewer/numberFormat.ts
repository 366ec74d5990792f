import { dayFromExcelSerial } from '../../calendar/dayFromExcelSerial';
import type { DateSystem } from '../../model/cell';
import { FORMULA_VALUE_PREFIX, type CellValue } from '../../workbook/excelFake';

/**
 * A cell's text as Excel would show it, for the formats Cadre and the sample write: `General`,
 * fixed decimals (`0`, `0.0`, `0.00`, `0.0000`), grouping (`#,##0`, `#,##0.00`), percentages
 * (`0%`, `0.0%`), literal text and signs (`+0.00;-0.00;0.00`, `0.0" pp"`), and dates and times
 * (`yyyy-mm-dd`, `d mmm yyyy`, `m/d/yyyy`, `hh:mm`). Anything else is shown as `General`.
 * Colours (`[Red]`), conditions, fractions and scientific formats are not modelled.
 *
 * The fake does not calculate: a formula cell's value is its formula, shown as written.
 *
 * @example formatCellText(0.9151, '0.0%') // "91.5%"
 * @example formatCellText(46295, 'yyyy-mm-dd') // "2026-09-30"
 */
export function formatCellText(value: CellValue, numberFormat: string = 'General', dateSystem: DateSystem = '1900'): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value.startsWith(FORMULA_VALUE_PREFIX) ? value.slice(FORMULA_VALUE_PREFIX.length) : value;
  if (!Number.isFinite(value)) return String(value);
  const sections = splitSections(numberFormat);
  if (sections.length === 0 || /^general$/i.test(sections[0]!.trim())) return formatGeneral(value);
  // Excel: positive;negative;zero;text. A negative value shown by the second section loses its sign.
  let section = sections[0]!;
  let number = value;
  let sign = '';
  if (value < 0 && sections.length > 1) {
    section = sections[1]!;
    number = -value;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2]!;
  } else if (value < 0) {
    number = -value;
    sign = '-';
  }
  if (section.trim() === '@') return formatGeneral(value);
  const tokens = tokenize(section);
  if (tokens.some((t) => t.kind === 'date')) {
    const text = formatDate(value, tokens, dateSystem);
    return text ?? formatGeneral(value);
  }
  const numeric = formatNumber(number, tokens);
  if (numeric === null) return formatGeneral(value);
  return sign + numeric;
}

/** Excel's General: up to 11 characters, integers as they are, others to 10 significant digits. */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split('e') as [string, string];
    const m = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const e = Number(exponent);
    return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const integerDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const decimals = Math.max(0, Math.min(10 - integerDigits, 9));
  const rounded = roundHalfAway(value, decimals);
  return String(rounded);
}

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'digits'; readonly text: string }
  | { readonly kind: 'percent' }
  | { readonly kind: 'date'; readonly text: string };

/** the format's sections, split at semicolons outside quotes */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[i + 1]!;
      i += 1;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

const DATE_TOKEN = /^(yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p)/i;

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') tokens[tokens.length - 1] = { kind: 'literal', text: last.text + text };
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < section.length) {
    const ch = section[i]!;
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '[') {
      // [Red], [<100], [$€-407]: only a currency symbol shows
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? undefined : end);
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0]!);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '_') {
      literal(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '%') {
      tokens.push({ kind: 'percent' });
      i += 1;
    } else if (/[0#?]/.test(ch) || (ch === '.' && /^[.][0#?]/.test(rest))) {
      const match = /^[0#?,.]+/.exec(rest)![0];
      tokens.push({ kind: 'digits', text: match });
      i += match.length;
    } else if (DATE_TOKEN.test(rest)) {
      const match = DATE_TOKEN.exec(rest)![0];
      tokens.push({ kind: 'date', text: match });
      i += match.length;
    } else if (/[eE]/.test(ch) && /^[eE][+-]/.test(rest)) {
      // scientific: not modelled
      return [{ kind: 'digits', text: '?E' }];
    } else {
      literal(ch);
      i += 1;
    }
  }
  return tokens;
}

function formatNumber(value: number, tokens: readonly Token[]): string | null {
  const digitTokens = tokens.filter((t) => t.kind === 'digits');
  if (digitTokens.length !== 1 || digitTokens[0]!.text.includes('E')) {
    if (digitTokens.length === 0) return tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
    return null;
  }
  const pattern = digitTokens[0]!.text;
  const percent = tokens.some((t) => t.kind === 'percent');
  const [integerPart = '', decimalPart = ''] = pattern.split('.', 2);
  // trailing commas scale by 1000 (#,##0, shows thousands)
  const scaleCommas = /,+$/.exec(integerPart)?.[0].length ?? 0;
  const integerPattern = integerPart.slice(0, integerPart.length - scaleCommas);
  const grouping = integerPattern.includes(',');
  const minInteger = (integerPattern.match(/0/g) ?? []).length;
  const maxDecimals = (decimalPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (/^0*/.exec(decimalPart.replace(/[^0#?]/g, ''))?.[0] ?? '').length;
  let n = value * (percent ? 100 : 1) / 1000 ** scaleCommas;
  n = roundHalfAway(n, maxDecimals);
  let [whole, fraction = ''] = n.toFixed(maxDecimals).split('.') as [string, string?];
  if (fraction.length > minDecimals) fraction = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  if (whole === '0' && minInteger === 0) whole = '';
  whole = whole.padStart(minInteger, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = `${whole}${pattern.includes('.') && (fraction !== '' || decimalPart.length > 0) ? '.' : ''}${fraction}`;
  return tokens.map((t) => (t.kind === 'digits' ? digits : t.kind === 'percent' ? '%' : t.kind === 'literal' ? t.text : '')).join('');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(serial: number, tokens: readonly Token[], dateSystem: DateSystem): string | null {
  if (serial < 0 || serial >= 2958466) return null;
  const day = dayFromExcelSerial(serial, dateSystem);
  if (!Number.isFinite(day)) return dateSystem === '1900' && Math.floor(serial) === 60 ? fromParts(tokens, 1900, 2, 29, 4, serial) : null;
  const date = new Date(day * 86_400_000);
  return fromParts(tokens, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCDay(), serial);
}

function fromParts(tokens: readonly Token[], year: number, month: number, dayOfMonth: number, weekday: number, serial: number): string {
  let seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  if (seconds >= 86_400) seconds = 86_399;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  const twelveHour = tokens.some((t) => t.kind === 'date' && /^(am\/pm|a\/p)$/i.test(t.text));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const out: string[] = [];
  tokens.forEach((t, index) => {
    if (t.kind === 'literal') return void out.push(t.text);
    if (t.kind !== 'date') return void out.push(t.kind === 'percent' ? '%' : t.text);
    const lower = t.text.toLowerCase();
    // "m"/"mm" right after an hour or right before seconds means minutes
    const previous = tokens.slice(0, index).reverse().find((x) => x.kind === 'date');
    const next = tokens.slice(index + 1).find((x) => x.kind === 'date');
    const minutesHere = (lower === 'm' || lower === 'mm') && ((previous && /^h/i.test(previous.text)) || (next && /^s/i.test(next.text)));
    const h12 = hours % 12 === 0 ? 12 : hours % 12;
    switch (lower) {
      case 'yyyy': return void out.push(pad(year, 4));
      case 'yy': return void out.push(pad(year % 100));
      case 'mmmmm': return void out.push(MONTHS[month - 1]!.charAt(0));
      case 'mmmm': return void out.push(MONTHS[month - 1]!);
      case 'mmm': return void out.push(MONTHS[month - 1]!.slice(0, 3));
      case 'mm': return void out.push(minutesHere ? pad(minutes) : pad(month));
      case 'm': return void out.push(String(minutesHere ? minutes : month));
      case 'dddd': return void out.push(DAYS[weekday]!);
      case 'ddd': return void out.push(DAYS[weekday]!.slice(0, 3));
      case 'dd': return void out.push(pad(dayOfMonth));
      case 'd': return void out.push(String(dayOfMonth));
      case 'hh': return void out.push(pad(twelveHour ? h12 : hours));
      case 'h': return void out.push(String(twelveHour ? h12 : hours));
      case 'ss': return void out.push(pad(secs));
      case 's': return void out.push(String(secs));
      case 'am/pm': return void out.push(hours < 12 ? (t.text === 'AM/PM' ? 'AM' : 'am') : t.text === 'AM/PM' ? 'PM' : 'pm');
      case 'a/p': return void out.push(hours < 12 ? 'a' : 'p');
      default: return void out.push(t.text);
    }
  });
  return out.join('');
}

/** rounds half away from zero at `decimals` places, on the decimal text (so 1.005 → 1.01, as Excel shows it) */
function roundHalfAway(value: number, decimals: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return Math.round(value * 10 ** decimals) / 10 ** decimals;
  const shifted = Number(`${text}e${decimals}`);
  if (!Number.isFinite(shifted)) return value;
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}
