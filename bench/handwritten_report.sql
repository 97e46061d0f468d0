-- Target 4, the longest-prefix join: the report a user would write by hand,
-- split_part for the session ID's customer phone and a join against the
-- calling-code table, keeping the longest matching prefix.
SELECT DISTINCT ON (i.date, i.conn_id)
	i.conn_id,
	i.session_id,
	i.date,
	p.phone AS customer_phone,
	CASE WHEN i.template THEN 'yes' ELSE 'no' END AS template,
	c.country AS destiny
FROM wabill_interactions i
	CROSS JOIN LATERAL (SELECT ltrim(split_part(i.session_id, '.', 1), '+') AS phone) p
	LEFT JOIN bench_calling_codes c ON p.phone LIKE c.prefix || '%'
WHERE i.date >= :'from' AND i.date < :'to'
ORDER BY i.date, i.conn_id, length(c.prefix) DESC
