// An incident reported by several articles is one node: the first report's summary is kept.
UNWIND $rows AS row
MATCH (art:Article {id: $articleId})
MERGE (i:Incident {id: row.id})
ON CREATE SET i.summary = row.summary
SET i.kind = row.kind, i.date = row.date, i.datePrecision = row.datePrecision
MERGE (art)-[:REPORTS]->(i)
