import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../article/article.type';
import { nestedLimit, oneOrMany, PageArgs } from '../common/args';
import { NameSort, Stance } from '../common/enums';
import { orNotFound } from '../common/lookup';
import type { GraphContext } from '../context';
import { Incident } from '../incident/incident.type';
import { Statement } from '../statement/statement.type';
import { ActorFilterInput } from './actor.input';
import { Actor, ActorConnection } from './actor.type';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: 'Actors matching a filter, one page at a time.' })
  async actors(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ActorFilterInput, { nullable: true }) filter?: ActorFilterInput | null,
    @Arg('sort', () => NameSort, { defaultValue: NameSort.NAME }) sort: NameSort = NameSort.NAME,
  ): Promise<ActorConnection> {
    const f = filter ?? {};
    const slice = await ctx.actors.list({ ...f, kinds: oneOrMany(f.kind, f.kinds) }, sort, PageArgs.page(page));
    return new ActorConnection(slice);
  }

  @Query(() => Actor, { nullable: true, description: 'One actor by id (NOT_FOUND if there is none).' })
  actor(@Ctx() ctx: GraphContext, @Arg('id', () => ID) id: string): Promise<Actor> {
    return orNotFound('actor', id, ctx.actors.findById(id));
  }

  @FieldResolver(() => [Statement], { description: 'Statements the actor made (at most `first`; page with `statements(filter: {speaker})`).' })
  statements(
    @Root() a: Actor,
    @Ctx() ctx: GraphContext,
    @Arg('stance', () => Stance, { nullable: true }) stance?: Stance | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Statement[]> {
    return ctx.actors.statements(a.id, stance ?? null, nestedLimit(first));
  }

  @FieldResolver(() => [Statement], { description: 'Statements that target the actor: accusations, criticism, denials of its role.' })
  targetedBy(
    @Root() a: Actor,
    @Ctx() ctx: GraphContext,
    @Arg('stance', () => Stance, { nullable: true }) stance?: Stance | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Statement[]> {
    return ctx.actors.targetedBy(a.id, stance ?? null, nestedLimit(first));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The organisation or state this actor is part of.' })
  async parent(@Root() a: Actor, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return (await ctx.actors.parents(a.id))[0] ?? null;
  }

  @FieldResolver(() => [Actor], { description: 'Actors that are part of this one.' })
  children(@Root() a: Actor, @Ctx() ctx: GraphContext): Promise<Actor[]> {
    return ctx.actors.children(a.id);
  }

  @FieldResolver(() => [Incident], { description: 'Incidents some article attributes to this actor.' })
  incidents(
    @Root() a: Actor,
    @Ctx() ctx: GraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Incident[]> {
    return ctx.actors.incidents(a.id, nestedLimit(first));
  }

  @FieldResolver(() => [Article], { description: 'Articles mentioning the actor.' })
  mentionedIn(@Root() a: Actor, @Ctx() ctx: GraphContext): Promise<Article[]> {
    return ctx.actors.articles(a.id);
  }
}
