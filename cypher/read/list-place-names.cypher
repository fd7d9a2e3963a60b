// Every place's names, for accent- and transliteration-insensitive matching in the repository.
MATCH (p:Place)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
ORDER BY id
