import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PlaceKind } from '../common/enums';
import { Node } from '../common/node.interface';
import { ConnectionType } from '../common/pagination';
import { enumValue, optInt, optNum, str, strList, type Props } from '../common/rows';

@ObjectType({ implements: Node, description: 'A country, province, town, village or facility.' })
export class Place extends Node {
  @Field()
  name!: string;

  @Field(() => PlaceKind)
  kind!: PlaceKind;

  @Field(() => [String], { description: 'Other spellings and names (transliterations, local names).' })
  aliases!: string[];

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => Int, { nullable: true, description: 'GeoNames id when the gazetteer knows the place.' })
  geonamesId!: number | null;

  /** Builds a Place from a node's properties. */
  static fromProps(p: Props): Place {
    return Object.assign(new Place(), {
      id: str(p['id']),
      name: str(p['name']),
      kind: enumValue(PlaceKind, p['kind'], PlaceKind.FACILITY),
      aliases: strList(p['aliases']),
      latitude: optNum(p['latitude']),
      longitude: optNum(p['longitude']),
      geonamesId: optInt(p['geonamesId']),
    });
  }
}

@ObjectType('PlaceConnection', { description: 'A page of places.' })
export class PlaceConnection extends ConnectionType(Place, 'Place') {}
