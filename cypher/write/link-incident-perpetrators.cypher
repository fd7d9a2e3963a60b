// The actors an article names as having carried out an incident; `articleId` keeps each source's say.
UNWIND $rows AS row
MATCH (i:Incident {id: row.incidentId})
MATCH (a:Actor {id: row.actorId})
MERGE (i)-[r:ATTRIBUTED_TO {articleId: row.articleId}]->(a)
