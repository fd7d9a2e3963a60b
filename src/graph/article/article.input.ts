import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Filters of `articles`.' })
export class ArticleFilterInput {
  @Field(() => String, { nullable: true, description: 'Outlet, case-insensitive, exact.' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Text contained in the title (case-insensitive).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Earliest publication date, inclusive (YYYY-MM-DD).' })
  publishedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Latest publication date, inclusive (YYYY-MM-DD).' })
  publishedTo?: string | null;
}
