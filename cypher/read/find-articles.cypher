// One page of articles ($outlet and $title lower-cased). Keep the WHERE clause identical to count-articles.cypher.
MATCH (a:Article)
WHERE ($outlet IS NULL OR toLower(coalesce(a.outlet, '')) = $outlet)
  AND ($title IS NULL OR toLower(a.title) CONTAINS $title)
  AND ($publishedFrom IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt >= $publishedFrom))
  AND ($publishedTo IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt <= $publishedTo))
RETURN properties(a) AS node
ORDER BY
  CASE WHEN $sort IN ['PUBLISHED_DESC', 'PUBLISHED_ASC'] AND a.publishedAt IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $sort = 'PUBLISHED_DESC' THEN a.publishedAt END DESC,
  CASE WHEN $sort = 'PUBLISHED_ASC' THEN a.publishedAt END,
  toLower(a.title),
  a.id
SKIP $skip
LIMIT $limit
