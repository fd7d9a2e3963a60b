import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { Article } from '../article/article.type';
import { dateBound, nestedLimit, oneOrMany, PageArgs } from '../common/args';
import { IncidentSort, Stance } from '../common/enums';
import { orNotFound } from '../common/lookup';
import type { GraphContext } from '../context';
import { Place } from '../place/place.type';
import { Statement } from '../statement/statement.type';
import { IncidentFilterInput } from './incident.input';
import { CasualtyFigure, Incident, IncidentConnection } from './incident.type';

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => IncidentConnection, { description: 'Incidents matching a filter, newest first by default.' })
  async incidents(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => IncidentFilterInput, { nullable: true }) filter?: IncidentFilterInput | null,
    @Arg('sort', () => IncidentSort, { defaultValue: IncidentSort.DATE_DESC }) sort: IncidentSort = IncidentSort.DATE_DESC,
  ): Promise<IncidentConnection> {
    const f = filter ?? {};
    const request = PageArgs.page(page);
    const slice = await ctx.incidents.list(
      {
        ...f,
        kinds: oneOrMany(f.kind, f.kinds),
        dateFrom: dateBound('filter.dateFrom', f.dateFrom),
        dateTo: dateBound('filter.dateTo', f.dateTo, 'to'),
      },
      sort,
      request,
    );
    return new IncidentConnection(slice);
  }

  @Query(() => Incident, { nullable: true, description: 'One incident by id (NOT_FOUND if there is none).' })
  incident(@Ctx() ctx: GraphContext, @Arg('id', () => ID) id: string): Promise<Incident> {
    return orNotFound('incident', id, ctx.incidents.findById(id));
  }

  @FieldResolver(() => [Place], { description: 'The most specific places it occurred in (follow `parent` for the province).' })
  places(@Root() i: Incident, @Ctx() ctx: GraphContext): Promise<Place[]> {
    return ctx.incidents.placesOf(i.id);
  }

  @FieldResolver(() => [Statement], { description: 'What every source said about it, optionally of one stance.' })
  statements(
    @Root() i: Incident,
    @Ctx() ctx: GraphContext,
    @Arg('stance', () => Stance, { nullable: true }) stance?: Stance | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Statement[]> {
    return ctx.incidents.statements(i.id, stance ?? null, nestedLimit(first));
  }

  @FieldResolver(() => [Statement], { description: 'Its CLAIM statements (tolls, reports).' })
  claims(@Root() i: Incident, @Ctx() ctx: GraphContext): Promise<Statement[]> {
    return ctx.incidents.statements(i.id, Stance.CLAIM, nestedLimit(null));
  }

  @FieldResolver(() => [Statement], { description: 'Its DENIAL statements.' })
  denials(@Root() i: Incident, @Ctx() ctx: GraphContext): Promise<Statement[]> {
    return ctx.incidents.statements(i.id, Stance.DENIAL, nestedLimit(null));
  }

  @FieldResolver(() => [Actor], { description: 'Actors any article names as having carried it out.' })
  perpetrators(@Root() i: Incident, @Ctx() ctx: GraphContext): Promise<Actor[]> {
    return ctx.incidents.perpetrators(i.id);
  }

  @FieldResolver(() => [Article], { description: 'Articles reporting it.' })
  articles(@Root() i: Incident, @Ctx() ctx: GraphContext): Promise<Article[]> {
    return ctx.incidents.articles(i.id);
  }

  @FieldResolver(() => [CasualtyFigure], { description: "Each source's casualty figures, highest toll first." })
  figures(
    @Root() i: Incident,
    @Ctx() ctx: GraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<CasualtyFigure[]> {
    return ctx.incidents.figures(i.id, nestedLimit(first));
  }
}

@Resolver(() => CasualtyFigure)
export class CasualtyFigureResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'Who gave the figures.' })
  source(@Root() f: CasualtyFigure, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.actors.findById(f.sourceId);
  }

  @FieldResolver(() => Statement, { description: 'The statement carrying the figures.' })
  statement(@Root() f: CasualtyFigure, @Ctx() ctx: GraphContext): Promise<Statement> {
    return orNotFound('statement', f.statementId, ctx.statements.findById(f.statementId));
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article the figures come from.' })
  article(@Root() f: CasualtyFigure, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.statements.article(f.statementId);
  }
}
