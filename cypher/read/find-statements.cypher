// One page of statements matching the filter (every filter parameter null = no filter; $text lower-cased).
// Keep the WHERE clause identical to count-statements.cypher.
MATCH (s:Statement)
WHERE ($stances IS NULL OR s.stance IN $stances)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Actor {id: $speaker})-[:MADE]->(s) })
  AND ($incident IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Incident {id: $incident}) })
  AND ($article IS NULL OR EXISTS { MATCH (s)-[:REPORTED_IN]->(:Article {id: $article}) })
  AND ($targets IS NULL OR EXISTS { MATCH (s)-[:TARGETS]->(t:Actor) WHERE t.id IN $targets })
  AND ($withFigures IS NULL OR (s.killed IS NOT NULL OR s.injured IS NOT NULL) = $withFigures)
  AND ($text IS NULL OR toLower(s.text) CONTAINS $text OR toLower(s.sentence) CONTAINS $text)
RETURN properties(s) AS node
ORDER BY
  CASE WHEN $sort IN ['DATE_DESC', 'DATE_ASC'] AND s.date IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $sort = 'DATE_DESC' THEN s.date END DESC,
  CASE WHEN $sort = 'DATE_ASC' THEN s.date END,
  CASE WHEN $sort = 'KILLED_DESC' THEN coalesce(s.killed, -1) END DESC,
  s.id
SKIP $skip
LIMIT $limit
