import { Arg, Ctx, Int, Query, Resolver, createUnionType } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { Article } from '../article/article.type';
import { BadUserInputError, requireIntInRange } from '../common/errors';
import type { GraphContext } from '../context';
import { Incident } from '../incident/incident.type';
import { Place } from '../place/place.type';
import { Statement } from '../statement/statement.type';
import type { SearchHit } from './search.repository';

/** Anything `search` returns. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A search hit: an actor, place, incident, statement or article.',
  types: () => [Actor, Place, Incident, Statement, Article] as const,
});

@Resolver()
export class SearchResolver {
  @Query(() => [SearchResult], {
    description:
      'Nodes whose names or aliases (actors, places), summary (incidents), text (statements) or title (articles) contain `text`, case-insensitive; places also by spelling variant. At most `first` per kind.',
  })
  search(
    @Ctx() ctx: GraphContext,
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number = 20,
  ): Promise<SearchHit[]> {
    if (text.trim().length === 0) throw new BadUserInputError('text', 'at least one non-blank character', text);
    return ctx.search.search(text, requireIntInRange('first', first, 1, 100));
  }
}
