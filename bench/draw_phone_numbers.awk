# Draws phone numbers for the benchmark, following bench/mix.tsv.
#
#   awk -v count=N -v seed=S -f bench/draw_phone_numbers.awk bench/mix.tsv test/data/phone_regions.tsv
#
# Writes "number<TAB>region" lines (region: the fixture's answer).  Per number:
# a country by weight, then a mobile number (85 %) or a fixed line (15 %)
# among the fixture's random valid numbers of that country.  As WhatsApp
# writes Mexican mobiles, 40 % of Mexico's mobiles get the old "1" after 52.
BEGIN { FS = "\t"; srand(seed + 0) }
FNR == 1 { file++ }
file == 1 {
	if ($0 ~ /^#/ || NF < 2) next
	nreg++
	reg[nreg] = $1
	total += $2
	cum[nreg] = total
	next
}
file == 2 {
	split($2, src, ":")
	if (src[1] != "random") next
	if (src[3] == "mobile") { nm[src[2]]++; mob[src[2], nm[src[2]]] = $1; mreg[src[2], nm[src[2]]] = $3 }
	else if (src[3] == "fixedLine") { nf[src[2]]++; fix[src[2], nf[src[2]]] = $1; freg[src[2], nf[src[2]]] = $3 }
}
END {
	for (r = 1; r <= nreg; r++)
		if (!nm[reg[r]] && !nf[reg[r]]) { print "no fixture numbers for " reg[r] > "/dev/stderr"; exit 1 }
	for (k = 0; k < count; k++) {
		x = rand() * total
		lo = 1; hi = nreg
		while (lo < hi) { mid = int((lo + hi) / 2); if (cum[mid] > x) hi = mid; else lo = mid + 1 }
		c = reg[lo]
		if ((rand() < 0.85 && nm[c]) || !nf[c]) {
			j = 1 + int(rand() * nm[c]); num = mob[c, j]; r = mreg[c, j]
			if (c == "MX" && substr(num, 1, 2) == "52" && length(num) < 15 && rand() < 0.4)
				num = "521" substr(num, 3)
		} else {
			j = 1 + int(rand() * nf[c]); num = fix[c, j]; r = freg[c, j]
		}
		print num "\t" r
	}
}
