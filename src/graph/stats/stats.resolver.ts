import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { Stats } from './stats.type';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'How many nodes of each label and relationships the graph holds.' })
  stats(@Ctx() ctx: GraphContext): Promise<Stats> {
    return ctx.stats.stats();
  }
}
