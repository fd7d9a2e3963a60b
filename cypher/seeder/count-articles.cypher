// Used at start-up: an empty store (no articles) is seeded from seed/articles.
MATCH (a:Article)
RETURN count(a) AS articles
