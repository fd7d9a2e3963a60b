// Incidents already in the graph that a new article's incident could be: same kind, a shared place.
UNWIND $placeIds AS placeId
MATCH (:Place {id: placeId})<-[:OCCURRED_IN]-(i:Incident)
WHERE i.kind IN $kinds
WITH DISTINCT i
MATCH (i)-[:OCCURRED_IN]->(p:Place)
RETURN i.id AS id, i.kind AS kind, i.date AS date, collect(p.id) AS placeIds
ORDER BY id
