// Two sources disagree about one incident when one denies what another claims or accuses, or when
// both give a death toll and the tolls differ. Linked from the later statement id to the earlier one,
// so re-running creates nothing new. Anchored on the incident so the planner starts from its index.
UNWIND $incidentIds AS incidentId
MATCH (i:Incident {id: incidentId})
MATCH (i)<-[:ABOUT]-(a:Statement)<-[:MADE]-(sa:Actor)
MATCH (i)<-[:ABOUT]-(b:Statement)<-[:MADE]-(sb:Actor)
WHERE a.id < b.id AND sa.id <> sb.id
  AND ((a.stance = 'DENIAL' AND b.stance IN ['CLAIM', 'ACCUSATION', 'CONFIRMATION'])
    OR (b.stance = 'DENIAL' AND a.stance IN ['CLAIM', 'ACCUSATION', 'CONFIRMATION'])
    OR (a.killed IS NOT NULL AND b.killed IS NOT NULL AND a.killed <> b.killed))
MERGE (b)-[:CONTRADICTS]->(a)
