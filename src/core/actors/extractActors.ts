import type { KnowledgeBase } from '../knowledge';
import type { ActorMention, Article } from '../types';

export function extractActors(_article: Article, _kb: KnowledgeBase): ActorMention[] {
  return [];
}
