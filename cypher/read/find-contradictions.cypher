// One page of contradicting statement pairs (a)-[:CONTRADICTS]->(b), optionally about one incident or
// involving one speaker. Keep the WHERE clause identical to count-contradictions.cypher.
MATCH (a:Statement)-[:CONTRADICTS]->(b:Statement)
WHERE ($incident IS NULL OR EXISTS { MATCH (a)-[:ABOUT]->(:Incident {id: $incident}) })
  AND ($actor IS NULL OR EXISTS { MATCH (a)<-[:MADE]-(:Actor {id: $actor}) } OR EXISTS { MATCH (b)<-[:MADE]-(:Actor {id: $actor}) })
RETURN a.id AS statementId, b.id AS contradictsId
ORDER BY statementId, contradictsId
SKIP $skip
LIMIT $limit
