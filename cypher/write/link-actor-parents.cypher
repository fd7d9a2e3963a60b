UNWIND $rows AS row
MATCH (child:Actor {id: row.id})
MATCH (parent:Actor {id: row.partOf})
MERGE (child)-[:PART_OF]->(parent)
