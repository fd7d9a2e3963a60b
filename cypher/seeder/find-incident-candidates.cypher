// Incidents already in the graph that a new article's incident could be: same kind, a shared place.
// `reportedHere` tells a re-seed that this article already reports the incident (under whatever id).
UNWIND $placeIds AS placeId
MATCH (:Place {id: placeId})<-[:OCCURRED_IN]-(i:Incident)
WHERE i.kind IN $kinds
WITH DISTINCT i
MATCH (i)-[:OCCURRED_IN]->(p:Place)
WITH i, collect(p.id) AS placeIds
OPTIONAL MATCH (here:Article {id: $articleId})-[:REPORTS]->(i)
RETURN i.id AS id, i.kind AS kind, i.date AS date, placeIds, here IS NOT NULL AS reportedHere
ORDER BY id
