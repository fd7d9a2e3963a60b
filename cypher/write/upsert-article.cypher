WITH $article AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title,
    a.outlet = article.outlet,
    a.url = article.url,
    a.publishedAt = article.publishedAt,
    a.language = article.language
