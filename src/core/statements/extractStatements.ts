import type { ActorMention, Article, Statement } from '../types';

export function extractStatements(_article: Article, _actors: readonly ActorMention[]): Statement[] {
  return [];
}
