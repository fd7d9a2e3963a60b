// Statements each actor made, optionally of one stance, at most $limit per actor.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:MADE]->(s:Statement)
WHERE $stance IS NULL OR s.stance = $stance
WITH id, s
ORDER BY s.id
WITH id, collect(properties(s)) AS nodes
UNWIND nodes[0..$limit] AS node
RETURN id AS key, node
