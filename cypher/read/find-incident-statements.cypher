// Statements about each incident, optionally of one stance, at most $limit per incident.
UNWIND $ids AS id
MATCH (:Incident {id: id})<-[:ABOUT]-(s:Statement)
WHERE $stance IS NULL OR s.stance = $stance
WITH id, s
ORDER BY s.id
WITH id, collect(properties(s)) AS nodes
UNWIND nodes[0..$limit] AS node
RETURN id AS key, node
