import { Field, ID, InterfaceType } from 'type-graphql';

/** Anything with a global id; `node(id)` fetches any of them. */
@InterfaceType({ description: 'Anything with a global, stable id (`actor:…`, `place:…`, `incident:…`, `statement:…`, `article:…`).' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
