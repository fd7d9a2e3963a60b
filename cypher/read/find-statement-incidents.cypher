// The incident each statement is about.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:ABOUT]->(n:Incident)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.id
