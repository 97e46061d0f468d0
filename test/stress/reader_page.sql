-- make stress, reader: one operation's report of the last five minutes, in
-- the report's order (the (date, conn_id) index), as a dashboard polls it.
SELECT * FROM wabill_report(now() - interval '5 minutes', now(), operation => 'Acme Cobranzas');
