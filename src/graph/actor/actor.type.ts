import { Field, ObjectType } from 'type-graphql';
import { ActorKind } from '../common/enums';
import { Node } from '../common/node.interface';
import { ConnectionType } from '../common/pagination';
import { enumValue, str, strList, type Props } from '../common/rows';

@ObjectType({ implements: Node, description: 'Someone who speaks or acts: a state, ministry, army, monitor, person…' })
export class Actor extends Node {
  @Field()
  name!: string;

  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => [String], { description: 'Other names the articles use for this actor.' })
  aliases!: string[];

  /** Builds an Actor from a node's properties. */
  static fromProps(p: Props): Actor {
    return Object.assign(new Actor(), {
      id: str(p['id']),
      name: str(p['name']),
      kind: enumValue(ActorKind, p['kind'], ActorKind.OTHER),
      aliases: strList(p['aliases']),
    });
  }
}

@ObjectType('ActorConnection', { description: 'A page of actors.' })
export class ActorConnection extends ConnectionType(Actor, 'Actor') {}
