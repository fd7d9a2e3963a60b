UNWIND $ids AS id
MATCH (art:Article {id: $articleId})
MATCH (n {id: id})
WHERE n:Actor OR n:Place
MERGE (art)-[:MENTIONS]->(n)
