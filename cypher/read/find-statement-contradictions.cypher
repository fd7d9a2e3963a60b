// Statements that contradict each statement, or that it contradicts (CONTRADICTS read both ways).
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:CONTRADICTS]-(n:Statement)
WITH DISTINCT id, n
RETURN id AS key, properties(n) AS node
ORDER BY key, n.id
