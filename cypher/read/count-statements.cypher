// How many statements match the filter of find-statements.cypher (same WHERE clause).
MATCH (s:Statement)
WHERE ($stances IS NULL OR s.stance IN $stances)
  AND ($speaker IS NULL OR EXISTS { MATCH (:Actor {id: $speaker})-[:MADE]->(s) })
  AND ($incident IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Incident {id: $incident}) })
  AND ($article IS NULL OR EXISTS { MATCH (s)-[:REPORTED_IN]->(:Article {id: $article}) })
  AND ($targets IS NULL OR EXISTS { MATCH (s)-[:TARGETS]->(t:Actor) WHERE t.id IN $targets })
  AND ($withFigures IS NULL OR (s.killed IS NOT NULL OR s.injured IS NOT NULL) = $withFigures)
  AND ($text IS NULL OR toLower(s.text) CONTAINS $text OR toLower(s.sentence) CONTAINS $text)
RETURN count(s) AS total
