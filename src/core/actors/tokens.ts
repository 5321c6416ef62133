/** A word or a single punctuation character of an article, by offsets into its text. */
export interface Token {
  start: number;
  end: number;
  /** The token as written, and lower-cased: sliced once here, so that every lookup reuses one string (and its hash). */
  text: string;
  lower: string;
  /** A run of letters or digits (with inner apostrophes), as opposed to one punctuation character. */
  word: boolean;
  /** Starts with an upper-case letter or a digit ("G20", "P5"). */
  cap: boolean;
  /** Every letter is upper case ("US", "NATO", "IS-K" pieces). */
  allCaps: boolean;
  /** First word of a sentence (after any opening quotes or brackets). */
  sentenceStart: boolean;
}

// Kinds of ASCII characters, looked up rather than tested: the tokenizer's inner loop runs once per character.
const OTHER = 0;
const SPACE = 1;
const UPPER = 2;
const LOWER = 3;
const DIGIT = 4;
const NON_ASCII = 5;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = c === 32 || c === 9 || c === 10 || c === 13 ? SPACE : c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}

export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 letters and everything from Latin Extended on, except general punctuation and symbols.
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f;
}

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/**
 * Splits text[from, to) into words and punctuation. An apostrophe between letters stays inside a
 * word ("N'Djamena", "Shi'ite") unless it starts a possessive "'s", which becomes its own tokens.
 * `sentenceStarts` (sorted offsets) mark the first word of each sentence.
 */
export function tokenize(text: string, from: number, to: number, sentenceStarts: readonly number[] = []): Token[] {
  const out: Token[] = [];
  let i = from;
  let pendingStart = true;
  // sentenceStarts is sorted: find the first at or after `from` (a binary search, as a paragraph is one of
  // many), then walk it alongside the text.
  let s = 0;
  let hi = sentenceStarts.length;
  while (s < hi) {
    const mid = (s + hi) >> 1;
    if (sentenceStarts[mid] < from) s = mid + 1;
    else hi = mid;
  }
  while (i < to) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_KIND[c] : NON_ASCII;
    if (kind === SPACE || (kind === NON_ASCII && isSpaceCode(c))) {
      i++;
      continue;
    }
    while (s < sentenceStarts.length && sentenceStarts[s] <= i) {
      s++;
      pendingStart = true;
    }
    if (kind === OTHER || (kind === NON_ASCII && !isWordCode(c))) {
      const ch = text[i];
      out.push({ start: i, end: i + 1, text: ch, lower: c < 128 ? ch : ch.toLowerCase(), word: false, cap: false, allCaps: false, sentenceStart: false });
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    // A surrogate pair may hold a capital that only the whole string's toLowerCase() sees.
    let astral = false;
    while (i < to) {
      const d = text.charCodeAt(i);
      const k = d < 128 ? ASCII_KIND[d] : NON_ASCII;
      if (k === UPPER) {
        upper++;
        i++;
      } else if (k === LOWER) {
        lower++;
        i++;
      } else if (k === DIGIT) {
        i++;
      } else if (k === NON_ASCII && isWordCode(d)) {
        if (isUpperCode(d)) upper++;
        else if (isLowerCode(d)) lower++;
        else if (d >= 0xd800 && d <= 0xdbff) astral = true;
        i++;
      } else if (isApostrophe(d) && i + 1 < to && isLetterCode(text.charCodeAt(i + 1)) && i > start && !isPossessive(text, i + 1, to)) {
        i++;
      } else break;
    }
    const f = text.charCodeAt(start);
    const word = text.slice(start, i);
    out.push({
      start,
      end: i,
      text: word,
      // Without a capital, lower-casing changes nothing: skip it (most words).
      lower: upper > 0 || astral ? word.toLowerCase() : word,
      word: true,
      cap: isUpperCode(f) || (f >= 48 && f <= 57),
      allCaps: upper > 0 && lower === 0,
      sentenceStart: pendingStart,
    });
    pendingStart = false;
  }
  return out;
}

function isPossessive(text: string, at: number, to: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 115 && c !== 83) return false;
  return at + 1 >= to || !isWordCode(text.charCodeAt(at + 1));
}

/** Canonical kebab-case id of a name: "Jean-Yves Le Drian" -> "jean-yves-le-drian". */
export function slug(s: string): string {
  const ascii = asciiSlug(s);
  if (ascii !== null) return ascii;
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** slug() of an ASCII string without normalizing or regexes (names are mostly ASCII), or null for any other string. */
function asciiSlug(s: string): string | null {
  let out = '';
  let dash = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39) continue;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out) out += '-';
      out += String.fromCharCode(c);
      dash = false;
    } else dash = true;
  }
  return out;
}

/** Whether s holds a curly apostrophe, a non-breaking space, a tab or line break, or two spaces in a row. */
function needsNormalizing(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0xa0 || c === 9 || c === 13 || c === 10 || (c === 32 && s.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/** A surface form as lookups key it: straight apostrophes, single spaces. */
export function normalizeSurface(s: string): string {
  if (!needsNormalizing(s)) return s;
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\s\u00a0]+/g, ' ');
}
