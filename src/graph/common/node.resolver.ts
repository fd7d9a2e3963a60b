import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { labelOfId, NodeLabel } from '../../domain/model';
import type { GraphContext } from '../context';
import { Node } from './node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when there is none.' })
  async node(@Ctx() ctx: GraphContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    switch (labelOfId(id)) {
      case NodeLabel.Actor:
        return ctx.actors.findById(id);
      case NodeLabel.Place:
        return ctx.places.findById(id);
      case NodeLabel.Incident:
        return ctx.incidents.findById(id);
      case NodeLabel.Statement:
        return ctx.statements.findById(id);
      case NodeLabel.Article:
        return ctx.articles.findById(id);
      default:
        return null;
    }
  }
}
