// Turns the bytes of a file into article text, or a named reason why it is not an article.
// Shared by the CLI (Node fs) and the extension (vscode.workspace.fs), so both say the same thing.

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** Why a named pipe, socket or device named like an article is not read (a pipe would be waited on for a writer). */
export const NOT_A_FILE = 'not a regular file (a pipe, socket or device)';

export function tooLarge(size: number, maxBytes: number): DecodeResult {
  return { ok: false, reason: `too large to analyse (${formatBytes(size)}, limit ${formatBytes(maxBytes)}; see the dossier.maxArticleSize setting)` };
}

/** A file's bytes decoded; without them (null: not read, being over the limit), why it is not read. */
export function decodeRead(bytes: Uint8Array | null, size: number, maxBytes: number): DecodeResult {
  return bytes ? decodeArticle(bytes, maxBytes) : tooLarge(size, maxBytes);
}

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { ok: true, text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), note: `decoded as UTF-16${le ? 'LE' : 'BE'}` };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16 === 'LE' ? 'utf-16le' : 'utf-16be').decode(bytes), note: `decoded as UTF-16${utf16} (no byte order mark)` };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL or control bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Keep what can be read: invalid sequences become U+FFFD, and the user is told.
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), note: 'invalid UTF-8 replaced with U+FFFD' };
  }
}

/** A NUL anywhere makes a file binary (text never holds one); so do many other control bytes near the start. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Text saved as UTF-16 without a byte order mark: the NULs of Latin text fall on every other byte, all on one side. */
function utf16WithoutBom(bytes: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > 0.7 * pairs && even === 0) return 'LE';
  if (even > 0.7 * pairs && odd === 0) return 'BE';
  return null;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
