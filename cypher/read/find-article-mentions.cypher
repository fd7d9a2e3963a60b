// Actors and places each article mentions, with their label.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n)
WHERE n:Actor OR n:Place
RETURN id AS key, labels(n) AS labels, properties(n) AS node
ORDER BY key, n.id
