// Articles mentioning each actor.
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:MENTIONS]-(n:Article)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.publishedAt DESC, n.id
