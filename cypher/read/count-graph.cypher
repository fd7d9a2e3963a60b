// Sizes of the graph, for `stats`.
CALL { MATCH (n:Article) RETURN count(n) AS articles }
CALL { MATCH (n:Actor) RETURN count(n) AS actors }
CALL { MATCH (n:Place) RETURN count(n) AS places }
CALL { MATCH (n:Incident) RETURN count(n) AS incidents }
CALL { MATCH (n:Statement) RETURN count(n) AS statements }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH ()-[r:CONTRADICTS]->() RETURN count(r) AS contradictions }
RETURN articles, actors, places, incidents, statements, relationships, contradictions
