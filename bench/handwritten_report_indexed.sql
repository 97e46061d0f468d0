-- Target 4, a tuned variant: the same report with the longest prefix found
-- by probing the calling-code table's primary key with the phone's first
-- one to six digits.
SELECT i.conn_id,
	i.session_id,
	i.date,
	p.phone AS customer_phone,
	CASE WHEN i.template THEN 'yes' ELSE 'no' END AS template,
	(SELECT c.country
	 FROM bench_calling_codes c
	 WHERE c.prefix IN (left(p.phone, 1), left(p.phone, 2), left(p.phone, 3),
	                    left(p.phone, 4), left(p.phone, 5), left(p.phone, 6))
	 ORDER BY length(c.prefix) DESC
	 LIMIT 1) AS destiny
FROM wabill_interactions i
	CROSS JOIN LATERAL (SELECT ltrim(split_part(i.session_id, '.', 1), '+') AS phone) p
WHERE i.date >= :'from' AND i.date < :'to'
ORDER BY i.date, i.conn_id
