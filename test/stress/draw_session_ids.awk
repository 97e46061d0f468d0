# The session IDs the stress test draws from (make stress).
#
#   awk -f test/stress/draw_session_ids.awk test/data/phone_regions.tsv > pool.tsv
#
# Writes "id<TAB>session_id<TAB>country<TAB>problem" lines, ready for COPY
# (text format, \N for NULL): the country is the fixture's (libphonenumber's)
# region of the customer phone, problem is t when wabill_interaction_problems
# must list the row.  Phones are the fixture's random valid numbers of each
# country (mobiles first, then fixed lines), as a Latin American contact centre
# with customers in the US, the Caribbean and Europe sees them; a quarter get
# a leading "+", a few get the spaces spreadsheets add.  Twelve session IDs
# are malformed or have no destination country.  Deterministic: same fixture,
# same pool.
BEGIN {
	FS = "\t"
	# country, numbers in the pool, of which mobiles
	n = split("CO 30 20|MX 16 14|PE 10 8|EC 8 7|VE 6 6|AR 6 5|CL 6 5|BR 6 5|GT 4 3|PA 3 2|" \
		"US 8 6|CA 3 2|DO 4 3|PR 3 2|ES 5 4|GB 3 2|JE 2 2|RU 2 2|KZ 2 2", spec, "|")
	for (i = 1; i <= n; i++) {
		split(spec[i], f, " ")
		country[i] = f[1]; total[f[1]] = f[2]; mobiles[f[1]] = f[3]
	}
	nops = split("Acme Cobranzas|Acme Ventas S.A.S.|Clínica Andina Citas|Telco Norte Soporte|Viajes Ibéricos Reservas", ops, "|")
	split("wa-acme-cobranzas|wa-acme-ventas|wa-clinica-andina|wa-telco-norte-01|wa-viajes-ibericos", conn, "|")
}
FNR > 1 {
	split($2, src, ":")
	if (src[1] != "random") next
	if (src[3] == "mobile") { nm[src[2]]++; mob[src[2], nm[src[2]]] = $1 }
	else if (src[3] == "fixedLine") { nf[src[2]]++; fix[src[2], nf[src[2]]] = $1 }
}
function emit(session, cc, problem) {
	id++
	printf "%d\t%s\t%s\t%s\n", id, session, cc, problem
}
END {
	for (i = 1; i <= n; i++) {
		cc = country[i]
		for (j = 1; j <= total[cc]; j++) {
			if (j <= mobiles[cc]) {
				if (j > nm[cc]) { print "too few mobiles of " cc > "/dev/stderr"; exit 1 }
				phone = mob[cc, j]
			} else {
				k = j - mobiles[cc]
				if (k > nf[cc]) { print "too few fixed lines of " cc > "/dev/stderr"; exit 1 }
				phone = fix[cc, k]
			}
			if (seen[phone]++) continue
			o = 1 + (id % nops)
			session = phone "." ops[o] "." conn[o]
			if (id % 4 == 1) session = "+" session
			if (id % 37 == 5) session = "  " session " "
			if (id % 41 == 7) session = session "\302\240"	# a no-break space
			emit(session, cc, "f")
		}
	}
	# Malformed session IDs, and phones that have no destination country.
	emit("573001112233..wa-acme-cobranzas", "\\N", "t")
	emit("57300111223X.Acme Cobranzas.wa-acme-cobranzas", "\\N", "t")
	emit("Acme Cobranzas", "\\N", "t")
	emit("573001112244.wa-acme-cobranzas", "\\N", "t")
	emit(".Acme Cobranzas.wa-acme-cobranzas", "\\N", "t")
	emit("5730011122334455.Acme Cobranzas.wa-acme-cobranzas", "\\N", "t")
	emit("573001112255.Acme Cobranzas.", "\\N", "t")
	emit("573001112266.Acme Cobranzas.wa acme", "\\N", "t")
	emit("573001112277.   .wa-acme-cobranzas", "\\N", "t")
	emit(" ", "\\N", "t")
	emit("80012345678.Acme Cobranzas.wa-acme-cobranzas", "\\N", "t")
	emit("999123456.Acme Ventas S.A.S..wa-acme-ventas", "\\N", "t")
}
