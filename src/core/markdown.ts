// Article text shown in a hover card is data, never markup: it must not add links, commands,
// HTML or icons to the card.

// Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them
// also breaks autolinks ("https\://", "www\.") and theme icons ("\$(icon)").
const SPECIAL = /[!-/:-@[-`{-~]/g;

/** Escapes text for a Markdown paragraph, so it renders literally (no links, HTML, emphasis or $(icons)). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, '\\$&');
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}
