import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../common/pagination';
import { Qualifier, Stance } from '../common/enums';
import { Node } from '../common/node.interface';
import { enumValue, optEnum, optInt, optStr, str, type Props } from '../common/rows';

@ObjectType({ implements: Node, description: 'What one actor said in one article: a claim, denial, accusation…' })
export class Statement extends Node {
  @Field(() => Stance)
  stance!: Stance;

  @Field({ description: 'The clause carrying the statement, verbatim.' })
  text!: string;

  @Field({ description: 'The whole evidence sentence, verbatim.' })
  sentence!: string;

  @Field(() => Int, { nullable: true, description: 'Deaths the statement reports.' })
  killed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Injured the statement reports.' })
  injured!: number | null;

  @Field(() => Int, { nullable: true, description: 'Children among the killed.' })
  children!: number | null;

  @Field(() => Qualifier, { nullable: true, description: 'How the figures were qualified ("at least"…).' })
  qualifier!: Qualifier | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD when the text dates the statement.' })
  date!: string | null;

  /** Builds a Statement from a node's properties. */
  static fromProps(p: Props): Statement {
    return Object.assign(new Statement(), {
      id: str(p['id']),
      stance: enumValue(Stance, p['stance'], Stance.CLAIM),
      text: str(p['text']),
      sentence: str(p['sentence']),
      killed: optInt(p['killed']),
      injured: optInt(p['injured']),
      children: optInt(p['children']),
      qualifier: optEnum(Qualifier, p['qualifier']),
      date: optStr(p['date']),
    });
  }
}

@ObjectType({ description: 'Where a statement is written: the sentence and its character offsets in the article text.' })
export class Evidence {
  /** Id of the article; the `article` field resolves it. */
  articleId!: string;

  @Field()
  sentence!: string;

  @Field(() => Int, { description: 'Offset of the first character of the sentence in the article text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the sentence: text.slice(start, end) === sentence.' })
  end!: number;
}

@ObjectType({ description: 'Two statements about one incident that disagree (a denial against a claim, or different tolls).' })
export class Contradiction {
  /** The later statement (the CONTRADICTS relationship starts here). */
  statementId!: string;
  /** The statement it contradicts. */
  contradictsId!: string;
}

@ObjectType('StatementConnection', { description: 'A page of statements.' })
export class StatementConnection extends ConnectionType(Statement, 'Statement') {}

/** Why two statements disagree. */
export enum ContradictionKind {
  /** One denies what the other claims, accuses or confirms. */
  DENIAL = 'DENIAL',
  /** Both give a death toll and the tolls differ. */
  DIFFERENT_FIGURES = 'DIFFERENT_FIGURES',
}
registerEnumType(ContradictionKind, { name: 'ContradictionKind', description: 'Why two statements disagree.' });

@ObjectType('ContradictionConnection', { description: 'A page of contradicting statement pairs.' })
export class ContradictionConnection extends ConnectionType(Contradiction, 'Contradiction') {}
