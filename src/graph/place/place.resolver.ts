import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../article/article.type';
import { nestedLimit, oneOrMany, PageArgs } from '../common/args';
import { NameSort } from '../common/enums';
import { orNotFound } from '../common/lookup';
import type { GraphContext } from '../context';
import { Incident } from '../incident/incident.type';
import { PlaceFilterInput } from './place.input';
import { Place, PlaceConnection } from './place.type';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places matching a filter, one page at a time.' })
  async places(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PlaceFilterInput, { nullable: true }) filter?: PlaceFilterInput | null,
    @Arg('sort', () => NameSort, { defaultValue: NameSort.NAME }) sort: NameSort = NameSort.NAME,
  ): Promise<PlaceConnection> {
    const f = filter ?? {};
    const slice = await ctx.places.list({ ...f, kinds: oneOrMany(f.kind, f.kinds) }, sort, PageArgs.page(page));
    return new PlaceConnection(slice);
  }

  @Query(() => Place, { nullable: true, description: 'One place by id (NOT_FOUND if there is none).' })
  place(@Ctx() ctx: GraphContext, @Arg('id', () => ID) id: string): Promise<Place> {
    return orNotFound('place', id, ctx.places.findById(id));
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place this one is located in.' })
  parent(@Root() p: Place, @Ctx() ctx: GraphContext): Promise<Place | null> {
    return ctx.places.parent(p.id);
  }

  @FieldResolver(() => [Place], { description: 'Places located directly in this one.' })
  children(@Root() p: Place, @Ctx() ctx: GraphContext): Promise<Place[]> {
    return ctx.places.children(p.id);
  }

  @FieldResolver(() => [Incident], { description: 'Incidents here, newest first; with `includeContained` (default) also those in places inside it.' })
  incidents(
    @Root() p: Place,
    @Ctx() ctx: GraphContext,
    @Arg('includeContained', () => Boolean, { defaultValue: true }) includeContained: boolean = true,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Incident[]> {
    return ctx.places.incidents(p.id, includeContained, nestedLimit(first));
  }

  @FieldResolver(() => [Article], { description: 'Articles mentioning the place.' })
  mentionedIn(@Root() p: Place, @Ctx() ctx: GraphContext): Promise<Article[]> {
    return ctx.places.articles(p.id);
  }
}
