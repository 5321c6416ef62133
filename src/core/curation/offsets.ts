// The Web Annotation model and brat count characters as Unicode code points; JavaScript strings,
// VS Code and Dossier's own annotations count UTF-16 code units. The two differ after an astral
// character (an emoji, some CJK), so every offset written for another tool goes through here.

/** The code-point offset of a UTF-16 offset into `text`. */
export function toCodePoints(text: string, utf16: number): number {
  let n = 0;
  const end = Math.min(utf16, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1))) continue;
    n++;
  }
  return n + Math.max(0, utf16 - text.length);
}

/** The UTF-16 offset of a code-point offset into `text`. */
export function fromCodePoints(text: string, codePoints: number): number {
  let i = 0;
  let n = 0;
  while (n < codePoints && i < text.length) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    n++;
  }
  return i + (codePoints - n);
}

/** Whether the text has no astral characters, so both counts agree (the common case, checked once). */
export function sameCounts(text: string): boolean {
  return !/[\ud800-\udbff]/.test(text);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
