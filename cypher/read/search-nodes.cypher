// Nodes whose names, aliases, summary or text contain $text (lower-cased), at most $limit per label.
MATCH (n:Actor)
WHERE any(x IN [n.name] + coalesce(n.aliases, []) WHERE toLower(x) CONTAINS $text)
RETURN 'Actor' AS label, properties(n) AS node
ORDER BY toLower(n.name), n.id
LIMIT $limit
UNION ALL
MATCH (n:Place)
WHERE any(x IN [n.name] + coalesce(n.aliases, []) WHERE toLower(x) CONTAINS $text)
RETURN 'Place' AS label, properties(n) AS node
ORDER BY toLower(n.name), n.id
LIMIT $limit
UNION ALL
MATCH (n:Incident)
WHERE toLower(coalesce(n.summary, '')) CONTAINS $text
RETURN 'Incident' AS label, properties(n) AS node
ORDER BY CASE WHEN n.date IS NULL THEN 1 ELSE 0 END, n.date DESC, n.id
LIMIT $limit
UNION ALL
MATCH (n:Statement)
WHERE toLower(n.text) CONTAINS $text OR toLower(n.sentence) CONTAINS $text
RETURN 'Statement' AS label, properties(n) AS node
ORDER BY n.id
LIMIT $limit
UNION ALL
MATCH (n:Article)
WHERE toLower(n.title) CONTAINS $text
RETURN 'Article' AS label, properties(n) AS node
ORDER BY CASE WHEN n.publishedAt IS NULL THEN 1 ELSE 0 END, n.publishedAt DESC, n.id
LIMIT $limit
