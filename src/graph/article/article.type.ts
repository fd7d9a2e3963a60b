import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface';
import { ConnectionType } from '../common/pagination';
import { optStr, str, type Props } from '../common/rows';

@ObjectType({ implements: Node, description: 'A news article the graph was built from.' })
export class Article extends Node {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  outlet!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when unknown (never guessed).' })
  publishedAt!: string | null;

  @Field()
  language!: string;

  /** Builds an Article from a node's properties. */
  static fromProps(p: Props): Article {
    return Object.assign(new Article(), {
      id: str(p['id']),
      title: str(p['title']),
      outlet: optStr(p['outlet']),
      url: optStr(p['url']),
      publishedAt: optStr(p['publishedAt']),
      language: str(p['language']) || 'en',
    });
  }
}

@ObjectType('ArticleConnection', { description: 'A page of articles.' })
export class ArticleConnection extends ConnectionType(Article, 'Article') {}
