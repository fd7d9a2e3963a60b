import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { Article } from '../article/article.type';
import { oneOrMany, PageArgs } from '../common/args';
import { StatementSort, Stance } from '../common/enums';
import { orNotFound } from '../common/lookup';
import type { GraphContext } from '../context';
import { Incident } from '../incident/incident.type';
import { ContradictionFilterInput, StatementFilterInput } from './statement.input';
import {
  Contradiction,
  ContradictionConnection,
  ContradictionKind,
  Evidence,
  Statement,
  StatementConnection,
} from './statement.type';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements matching a filter, one page at a time.' })
  async statements(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => StatementFilterInput, { nullable: true }) filter?: StatementFilterInput | null,
    @Arg('sort', () => StatementSort, { defaultValue: StatementSort.ID }) sort: StatementSort = StatementSort.ID,
  ): Promise<StatementConnection> {
    const f = filter ?? {};
    const slice = await ctx.statements.list(
      { ...f, stances: oneOrMany(f.stance, f.stances) },
      sort,
      PageArgs.page(page),
    );
    return new StatementConnection(slice);
  }

  @Query(() => Statement, { nullable: true, description: 'One statement by id (NOT_FOUND if there is none).' })
  statement(@Ctx() ctx: GraphContext, @Arg('id', () => ID) id: string): Promise<Statement> {
    return orNotFound('statement', id, ctx.statements.findById(id));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who made the statement.' })
  speaker(@Root() s: Statement, @Ctx() ctx: GraphContext): Promise<Actor | null> {
    return ctx.statements.speaker(s.id);
  }

  @FieldResolver(() => Incident, { nullable: true, description: 'The incident the statement is about, if any.' })
  incident(@Root() s: Statement, @Ctx() ctx: GraphContext): Promise<Incident | null> {
    return ctx.statements.incident(s.id);
  }

  @FieldResolver(() => [Actor], { description: 'Actors the statement accuses, criticises, addresses or clears.' })
  targets(@Root() s: Statement, @Ctx() ctx: GraphContext): Promise<Actor[]> {
    return ctx.statements.targets(s.id);
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article the statement is reported in.' })
  article(@Root() s: Statement, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.statements.article(s.id);
  }

  @FieldResolver(() => Evidence, { nullable: true, description: 'The evidence sentence and where it sits in the article.' })
  evidence(@Root() s: Statement, @Ctx() ctx: GraphContext): Promise<Evidence | null> {
    return ctx.statements.evidence(s.id);
  }

  @FieldResolver(() => [Statement], { description: 'Statements that disagree with this one (either direction).' })
  contradictions(@Root() s: Statement, @Ctx() ctx: GraphContext): Promise<Statement[]> {
    return ctx.statements.contradictions(s.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true })
  article(@Root() e: Evidence, @Ctx() ctx: GraphContext): Promise<Article | null> {
    return ctx.articles.findById(e.articleId);
  }
}

@Resolver(() => Contradiction)
export class ContradictionResolver {
  @Query(() => ContradictionConnection, {
    description: 'Pairs of statements about one incident that disagree: a denial against a claim, or different tolls.',
  })
  async contradictions(
    @Ctx() ctx: GraphContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ContradictionFilterInput, { nullable: true }) filter?: ContradictionFilterInput | null,
  ): Promise<ContradictionConnection> {
    return new ContradictionConnection(await ctx.statements.contradictionPairs(filter ?? {}, PageArgs.page(page)));
  }

  @FieldResolver(() => Statement, { description: 'The later statement.' })
  statement(@Root() c: Contradiction, @Ctx() ctx: GraphContext): Promise<Statement> {
    return orNotFound('statement', c.statementId, ctx.statements.findById(c.statementId));
  }

  @FieldResolver(() => Statement, { description: 'The statement it contradicts.' })
  contradicts(@Root() c: Contradiction, @Ctx() ctx: GraphContext): Promise<Statement> {
    return orNotFound('statement', c.contradictsId, ctx.statements.findById(c.contradictsId));
  }

  @FieldResolver(() => Incident, { nullable: true, description: 'The incident both statements are about.' })
  incident(@Root() c: Contradiction, @Ctx() ctx: GraphContext): Promise<Incident | null> {
    return ctx.statements.incident(c.statementId);
  }

  @FieldResolver(() => ContradictionKind)
  async kind(@Root() c: Contradiction, @Ctx() ctx: GraphContext): Promise<ContradictionKind> {
    const [a, b] = await Promise.all([ctx.statements.findById(c.statementId), ctx.statements.findById(c.contradictsId)]);
    return a?.stance === Stance.DENIAL || b?.stance === Stance.DENIAL
      ? ContradictionKind.DENIAL
      : ContradictionKind.DIFFERENT_FIGURES;
  }
}
