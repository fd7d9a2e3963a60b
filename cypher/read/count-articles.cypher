// How many articles match the filter of find-articles.cypher (same WHERE clause).
MATCH (a:Article)
WHERE ($outlet IS NULL OR toLower(coalesce(a.outlet, '')) = $outlet)
  AND ($title IS NULL OR toLower(a.title) CONTAINS $title)
  AND ($publishedFrom IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt >= $publishedFrom))
  AND ($publishedTo IS NULL OR (a.publishedAt IS NOT NULL AND a.publishedAt <= $publishedTo))
RETURN count(a) AS total
