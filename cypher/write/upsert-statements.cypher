UNWIND $rows AS row
MATCH (art:Article {id: $articleId})
MATCH (speaker:Actor {id: row.speakerId})
MERGE (s:Statement {id: row.id})
SET s.stance = row.stance, s.text = row.text, s.sentence = row.sentence,
    s.killed = row.killed, s.injured = row.injured, s.children = row.children,
    s.qualifier = row.qualifier, s.date = row.date
MERGE (speaker)-[:MADE]->(s)
MERGE (s)-[r:REPORTED_IN]->(art)
SET r.start = row.start, r.end = row.end
