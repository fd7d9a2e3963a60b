// Articles mentioning each place.
UNWIND $ids AS id
MATCH (:Place {id: id})<-[:MENTIONS]-(n:Article)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.publishedAt DESC, n.id
