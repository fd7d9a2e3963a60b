// Actors any article names as having carried out each incident (one row per actor, whatever the number of articles).
UNWIND $ids AS id
MATCH (:Incident {id: id})-[:ATTRIBUTED_TO]->(n:Actor)
WITH DISTINCT id, n
RETURN id AS key, properties(n) AS node
ORDER BY key, n.id
