// Casualty figures per source for each incident: every statement about it that gives a number, with its speaker.
UNWIND $ids AS id
MATCH (:Incident {id: id})<-[:ABOUT]-(s:Statement)<-[:MADE]-(a:Actor)
WHERE s.killed IS NOT NULL OR s.injured IS NOT NULL OR s.children IS NOT NULL
WITH id, s, a
ORDER BY CASE WHEN s.killed IS NULL THEN 1 ELSE 0 END, s.killed DESC, s.id
WITH id, collect({node: properties(s), speakerId: a.id}) AS figures
UNWIND figures[0..$limit] AS figure
RETURN id AS key, figure.node AS node, figure.speakerId AS speakerId
