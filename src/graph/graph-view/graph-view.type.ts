import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of the graph view, ready for a visualisation library.' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'A short human label: a name, a title, "Airstrike, 2017-09-25", "DENIAL: …".' })
  label!: string;

  @Field({ description: 'The node label in the graph: Actor, Place, Incident, Statement or Article.' })
  type!: string;

  @Field(() => Int, { description: 'Hops from the centre (0 for the centre itself).' })
  depth!: number;
}

@ObjectType({ description: 'A relationship of the graph view; both ends are among the returned nodes.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id: `<source>-<TYPE>-<target>`.' })
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field({ description: 'Relationship type: MADE, ABOUT, TARGETS, REPORTED_IN, CONTRADICTS, OCCURRED_IN, LOCATED_IN…' })
  type!: string;
}

@ObjectType({ description: 'The neighbourhood of a node: nodes up to some hops away and the relationships among them.' })
export class GraphView {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field({ description: 'Whether `limit` cut the neighbourhood short.' })
  truncated!: boolean;
}
