import { parseArticle } from '../../src/core/article';
import type { ActorKind, ActorMention, Article } from '../../src/core/types';

/** An actor named in a test article: every whole-word occurrence of `text` becomes a mention. */
export type ActorSpec = [text: string, id: string, kind: ActorKind, title?: string];

export function articleWith(text: string, specs: readonly ActorSpec[], docDate?: string): { article: Article; actors: ActorMention[] } {
  const body = docDate ? `date ${docDate} ${text}` : text;
  const article = parseArticle('test.txt', body);
  const actors: ActorMention[] = [];
  for (const [surface, id, kind, title] of specs) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (actors.some((a) => a.start < m!.index + surface.length && m!.index < a.end)) continue;
      const mention: ActorMention = { start: m.index, end: m.index + surface.length, text: surface, id, kind };
      if (title) mention.title = title;
      actors.push(mention);
    }
  }
  actors.sort((a, b) => a.start - b.start);
  return { article, actors };
}
