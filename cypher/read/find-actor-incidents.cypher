// Incidents some article attributes to each actor (as perpetrator), at most $limit per actor.
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:ATTRIBUTED_TO]-(i:Incident)
WITH DISTINCT id, i
ORDER BY CASE WHEN i.date IS NULL THEN 1 ELSE 0 END, i.date DESC, i.id
WITH id, collect(properties(i)) AS nodes
UNWIND nodes[0..$limit] AS node
RETURN id AS key, node
