// The actor who made each statement.
UNWIND $ids AS id
MATCH (:Statement {id: id})<-[:MADE]-(n:Actor)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.id
