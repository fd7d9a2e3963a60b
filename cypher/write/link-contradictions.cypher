// Two sources disagree about one incident when one denies what another claims or accuses, or when
// both give a death toll and the tolls differ. Linked from the later statement id to the earlier one,
// so re-running creates nothing new.
UNWIND $incidentIds AS incidentId
MATCH (a:Statement)-[:ABOUT]->(i:Incident {id: incidentId})<-[:ABOUT]-(b:Statement)
MATCH (sa:Actor)-[:MADE]->(a)
MATCH (sb:Actor)-[:MADE]->(b)
WHERE a.id < b.id AND sa.id <> sb.id
  AND ((a.stance = 'DENIAL' AND b.stance IN ['CLAIM', 'ACCUSATION', 'CONFIRMATION'])
    OR (b.stance = 'DENIAL' AND a.stance IN ['CLAIM', 'ACCUSATION', 'CONFIRMATION'])
    OR (a.killed IS NOT NULL AND b.killed IS NOT NULL AND a.killed <> b.killed))
MERGE (b)-[:CONTRADICTS]->(a)
