// An incident reported by several articles is one node: the first report's summary is kept, and a
// date one source knows is never erased by another source that gives none.
UNWIND $rows AS row
MATCH (art:Article {id: $articleId})
MERGE (i:Incident {id: row.id})
ON CREATE SET i.summary = row.summary
SET i.kind = row.kind,
    i.datePrecision = CASE WHEN row.date IS NULL AND i.date IS NOT NULL THEN i.datePrecision ELSE row.datePrecision END,
    i.date = coalesce(row.date, i.date)
MERGE (art)-[:REPORTS]->(i)
