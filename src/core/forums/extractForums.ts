import type { ActorMention, Article, DateMention, Forum, Statement } from '../types';

/** Finds forums and sets `forum` on the statements made at them. */
export function extractForums(_article: Article, _actors: readonly ActorMention[], _dates: readonly DateMention[], _statements: Statement[]): Forum[] {
  return [];
}
