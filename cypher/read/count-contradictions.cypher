// How many pairs match the filter of find-contradictions.cypher (same WHERE clause).
MATCH (a:Statement)-[:CONTRADICTS]->(b:Statement)
WHERE ($incident IS NULL OR EXISTS { MATCH (a)-[:ABOUT]->(:Incident {id: $incident}) })
  AND ($actor IS NULL OR EXISTS { MATCH (a)<-[:MADE]-(:Actor {id: $actor}) } OR EXISTS { MATCH (b)<-[:MADE]-(:Actor {id: $actor}) })
RETURN count(*) AS total
