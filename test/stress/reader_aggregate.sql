-- make stress, reader: a BI tool's aggregate over wabill_billing_report.
SELECT destiny, destiny_name, operation,
	count(*) FILTER (WHERE template = 'yes') AS templates, count(*) AS interactions
FROM wabill_billing_report
WHERE date >= now() - interval '1 hour'
GROUP BY destiny, destiny_name, operation
ORDER BY templates DESC;
