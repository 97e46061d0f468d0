-- make stress, reader: the last hour's billing report, summed by the bill's
-- keys (every row's customer_phone, template and destiny are derived).
SELECT destiny, template, count(*), count(DISTINCT customer_phone)
FROM wabill_report(now() - interval '1 hour', now())
GROUP BY destiny, template;
