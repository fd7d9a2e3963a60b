import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, createUnionType } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { dateBound, nestedLimit, PageArgs } from '../common/args';
import { ArticleSort, Stance } from '../common/enums';
import { orNotFound } from '../common/lookup';
import type { GraphContext } from '../context';
import { Incident } from '../incident/incident.type';
import { Place } from '../place/place.type';
import { Statement } from '../statement/statement.type';
import { ArticleFilterInput } from './article.input';
import { Article, ArticleConnection } from './article.type';

/** What an article can mention. */
export const Mention = createUnionType({
  name: 'Mention',
  description: 'An actor or a place an article mentions.',
  types: () => [Actor, Place] as const,
});

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Articles, newest first by default.' })
  async articles(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ArticleFilterInput, { nullable: true }) filter?: ArticleFilterInput | null,
    @Arg('sort', () => ArticleSort, { defaultValue: ArticleSort.PUBLISHED_DESC }) sort: ArticleSort = ArticleSort.PUBLISHED_DESC,
  ): Promise<ArticleConnection> {
    const f = filter ?? {};
    const slice = await ctx.articles.list(
      {
        ...f,
        publishedFrom: dateBound('filter.publishedFrom', f.publishedFrom),
        publishedTo: dateBound('filter.publishedTo', f.publishedTo, 'to'),
      },
      sort,
      PageArgs.page(page),
    );
    return new ArticleConnection(slice);
  }

  @Query(() => Article, { nullable: true, description: 'One article by id (NOT_FOUND if there is none).' })
  article(@Ctx() ctx: GraphContext, @Arg('id', () => ID) id: string): Promise<Article> {
    return orNotFound('article', id, ctx.articles.findById(id));
  }

  @FieldResolver(() => [Statement], { description: 'Statements in the article, in text order.' })
  statements(
    @Root() a: Article,
    @Ctx() ctx: GraphContext,
    @Arg('stance', () => Stance, { nullable: true }) stance?: Stance | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Statement[]> {
    return ctx.articles.statements(a.id, stance ?? null, nestedLimit(first));
  }

  @FieldResolver(() => [Incident], { description: 'Incidents the article reports.' })
  incidents(@Root() a: Article, @Ctx() ctx: GraphContext): Promise<Incident[]> {
    return ctx.articles.incidents(a.id);
  }

  @FieldResolver(() => [Mention], { description: 'Actors and places the article mentions.' })
  mentions(@Root() a: Article, @Ctx() ctx: GraphContext): Promise<(Actor | Place)[]> {
    return ctx.articles.mentions(a.id);
  }
}
