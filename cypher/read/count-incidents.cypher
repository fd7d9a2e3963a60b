// How many incidents match the filter of find-incidents.cypher (same WHERE clause).
MATCH (i:Incident)
WHERE ($placeIds IS NULL OR EXISTS { MATCH (i)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..6]->(p:Place) WHERE p.id IN $placeIds })
  AND ($kinds IS NULL OR i.kind IN $kinds)
  AND ($dateFrom IS NULL OR (i.date IS NOT NULL AND i.date >= $dateFrom))
  AND ($dateTo IS NULL OR (i.date IS NOT NULL AND i.date <= $dateTo))
  AND ($perpetrator IS NULL OR EXISTS { MATCH (i)-[:ATTRIBUTED_TO]->(:Actor {id: $perpetrator}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (i)<-[:ABOUT]-(:Statement)<-[:MADE]-(:Actor {id: $speaker}) })
  AND ($article IS NULL OR EXISTS { MATCH (i)<-[:REPORTS]-(:Article {id: $article}) })
RETURN count(i) AS total
