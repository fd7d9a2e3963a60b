// Statements that target each actor (accuse, criticise, deny its responsibility…), at most $limit per actor.
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:TARGETS]-(s:Statement)
WHERE $stance IS NULL OR s.stance = $stance
WITH id, s
ORDER BY s.id
WITH id, collect(properties(s)) AS nodes
UNWIND nodes[0..$limit] AS node
RETURN id AS key, node
