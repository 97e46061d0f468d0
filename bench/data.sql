-- The benchmark's data: :rows interactions over the year 2026 (Colombian
-- time), loaded through wabill_billing_report as every load is (the loader
-- creates the months' partitions).  bench/run.sh has loaded
-- bench_pool (i, number, region) beforehand: phone numbers drawn from the
-- fixture with the mix of bench/mix.tsv.
--
-- Per interaction: a customer from the pool (10 % written with a leading
-- "+", as some exports do), one of twelve operations with its connector,
-- 70 % templates, dates in increasing order with jitter (exports arrive
-- month by month), and 0.5 % malformed session IDs of the kinds
-- wabill_session_problem names.  Deterministic for a given :rows.

SET TimeZone = 'America/Bogota';
DO $$BEGIN PERFORM setseed(0.4242); END$$;

CREATE TABLE bench_operations (k int PRIMARY KEY, operation text, connector text);
INSERT INTO bench_operations VALUES
	(0, 'Acme Ventas S.A.S.', 'wa-acme-ventas'),
	(1, 'Acme Cobranzas', 'wa-acme-cobranzas'),
	(2, 'Banco Andino Servicio al Cliente', 'wa-bandino-sac'),
	(3, 'Banco Andino Tarjetas', 'wa-bandino-tdc'),
	(4, 'Telco Sur Soporte Técnico', 'wa-telcosur-soporte'),
	(5, 'Telco Sur Ventas', 'wa-telcosur-ventas'),
	(6, 'Retail MX Pedidos', 'wa-retailmx-pedidos'),
	(7, 'Aerolínea del Pacífico Reservas', 'wa-aeropac-reservas'),
	(8, 'Seguros Caribe', 'wa-seguroscaribe-01'),
	(9, 'Salud Total IPS Citas', 'wa-saludtotal-citas'),
	(10, 'E-commerce Brasil Atendimento', 'wa-ecombr-atend'),
	(11, 'Utilities US Billing', 'wa-utilus-billing');

-- Malformed IDs, one of each problem wabill_session_problem reports, and a
-- well-formed ID whose customer phone has an unassigned calling code.
CREATE TABLE bench_malformed (k int PRIMARY KEY, session_id text);
INSERT INTO bench_malformed VALUES
	(0, '573001234567'),
	(1, '573001234567.wa-acme-ventas'),
	(2, '.Acme Cobranzas.wa-acme-cobranzas'),
	(3, '57300ABC4567.Acme Cobranzas.wa-acme-cobranzas'),
	(4, '573001234567890123456.Acme Cobranzas.wa-acme-cobranzas'),
	(5, '573001234567..wa-acme-cobranzas'),
	(6, '573001234567.   .wa-acme-cobranzas'),
	(7, '573001234567.Acme Cobranzas.'),
	(8, '573001234567.Acme Cobranzas.wa acme'),
	(9, ''),
	(10, 'undefined'),
	(11, '999123456789.Acme Cobranzas.wa-acme-cobranzas');

ANALYZE bench_pool;
SELECT count(*) AS pool_size FROM bench_pool \gset

-- Hash joins: the plan must not depend on the statistics of a fresh table.
SET jit = off;
SET enable_nestloop = off;
SET enable_mergejoin = off;

-- Through the loader, as a user loads (it creates the months' partitions).
INSERT INTO wabill_billing_report (conn_id, session_id, date, template)
SELECT 'WA-' || to_char(s.date, 'YYYYMM') || '-' || lpad(s.g::text, 9, '0'),
	CASE WHEN s.u < 0.005 THEN m.session_id
		ELSE CASE WHEN s.plus THEN '+' ELSE '' END || p.number || '.' || o.operation || '.' || o.connector
	END,
	s.date,
	CASE WHEN s.template THEN 'yes' ELSE 'no' END
FROM (
	SELECT g,
		timestamptz '2026-01-01 00:00' + interval '365 days' * ((g - 1 + random()) / :rows) AS date,
		random() AS u,
		random() < 0.1 AS plus,
		random() < 0.7 AS template,
		(g::bigint * 2654435761) % :pool_size + 1 AS pool_i,
		(g::bigint * 40503) % 12 AS op_k,
		(g::bigint * 7919) % 12 AS bad_k
	FROM generate_series(1, :rows) g
) s
	JOIN bench_pool p ON p.i = s.pool_i
	JOIN bench_operations o ON o.k = s.op_k
	JOIN bench_malformed m ON m.k = s.bad_k
ORDER BY s.g;

RESET enable_nestloop;
RESET enable_mergejoin;
VACUUM (FREEZE, ANALYZE) wabill_interactions;

-- Target 2's narrow tables: the customer phones as exported (digits, some
-- with "+"), and the session IDs, one column each, of the same rows.
CREATE TABLE bench_phones AS
	SELECT split_part(session_id, '.', 1) AS phone FROM wabill_interactions;
CREATE TABLE bench_sessions AS
	SELECT session_id FROM wabill_interactions;
VACUUM (FREEZE, ANALYZE) bench_phones, bench_sessions;
