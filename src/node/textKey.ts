import { createHash } from 'crypto';

/** A SHA-1 digest, in base64. */
export function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64');
}

/** An article's key in the extraction cache: a digest of its text (computed where the text is: the worker or the host). */
export function textKey(text: string): string {
  return digest(text);
}
