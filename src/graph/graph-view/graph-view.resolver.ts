import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { NotFoundError, requireIntInRange } from '../common/errors';
import type { GraphContext } from '../context';
import { GraphView } from './graph-view.type';

/** Largest `depth` and `limit` a client may ask for. */
export const GRAPH_MAX_DEPTH = 3;
export const GRAPH_MAX_LIMIT = 1000;

@Resolver()
export class GraphViewResolver {
  @Query(() => GraphView, {
    description: `The neighbourhood of a node for visualisation: nodes up to \`depth\` hops away (1-${GRAPH_MAX_DEPTH}), nearest first, at most \`limit\` (1-${GRAPH_MAX_LIMIT}), and every relationship among them.`,
  })
  async graph(
    @Ctx() ctx: GraphContext,
    @Arg('center', () => ID) center: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number = 1,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number = 100,
  ): Promise<GraphView> {
    requireIntInRange('depth', depth, 1, GRAPH_MAX_DEPTH);
    requireIntInRange('limit', limit, 1, GRAPH_MAX_LIMIT);
    const view = await ctx.graphView.neighbourhood(center, depth, limit);
    if (!view) throw new NotFoundError('node', center);
    return view;
  }
}
