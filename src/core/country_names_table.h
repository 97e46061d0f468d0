/*
 * country_names_table.h
 *	  Country names by ISO 3166-1 alpha-2 code, in English and Spanish,
 *	  and the code of each way a source may spell a country.
 *
 * GENERATED FILE: do not edit.  Regenerate with `make country-names`
 * (src/core/generate_country_names.py).
 *
 * Source: Debian iso-codes 4.15.0
 *	iso_3166-1.json				sha256 f01b812b57fba9f31ff621bf33e7c7570a01964dbeb5be2167e94decf538c89f
 *	es/LC_MESSAGES/iso_3166-1.mo	sha256 0cde394b13fd9e573139f6e5862e3dd17b3e87368c7d2f9ed3da28172d39da35
 *
 * English is the entry's common_name if it has one, else its name;
 * Spanish is the catalogue's translation of that string.  Where the
 * two are equal ("Colombia") the catalogue itself gives that form.
 * 252 codes.  Entries that needed special handling:
 *
 *	AC: not in ISO 3166-1; from EXTRA_CODES
 *	IR: no Spanish for common name "Iran"; used the translation of "Iran, Islamic Republic of"
 *	KP: no Spanish for common name "North Korea"; used the translation of "Korea, Democratic People's Republic of"
 *	KR: no Spanish for common name "South Korea"; used the translation of "Korea, Republic of"
 *	LA: no Spanish for common name "Laos"; used the translation of "Lao People's Democratic Republic"
 *	SY: no Spanish for common name "Syria"; used the translation of "Syrian Arab Republic"
 *	TA: not in ISO 3166-1; from EXTRA_CODES
 *	TR: no Spanish for "Türkiye" in the catalogue; used SPANISH_OVERRIDES
 *	XK: not in ISO 3166-1; from EXTRA_CODES
 *
 * Only country_name.c may include this file: it defines the table.
 */
#ifndef WABILL_COUNTRY_NAMES_TABLE_H
#define WABILL_COUNTRY_NAMES_TABLE_H

#include "country_name.h"

/*
 * Direct index on the two upper-case ASCII letters: a lookup is one
 * array access, and 676 pointers per language is cheaper than any
 * search structure.  Slots without a country are NULL.
 */
#define WB_COUNTRY_SLOTS (26 * 26)
#define WB_COUNTRY_INDEX(c1, c2) (((c1) - 'A') * 26 + ((c2) - 'A'))

static const char *const wb_country_names[2][WB_COUNTRY_SLOTS] = {
	/* English */
	[WB_LANG_EN] = {
		[WB_COUNTRY_INDEX('A', 'C')] = "Ascension Island",
		[WB_COUNTRY_INDEX('A', 'D')] = "Andorra",
		[WB_COUNTRY_INDEX('A', 'E')] = "United Arab Emirates",
		[WB_COUNTRY_INDEX('A', 'F')] = "Afghanistan",
		[WB_COUNTRY_INDEX('A', 'G')] = "Antigua and Barbuda",
		[WB_COUNTRY_INDEX('A', 'I')] = "Anguilla",
		[WB_COUNTRY_INDEX('A', 'L')] = "Albania",
		[WB_COUNTRY_INDEX('A', 'M')] = "Armenia",
		[WB_COUNTRY_INDEX('A', 'O')] = "Angola",
		[WB_COUNTRY_INDEX('A', 'Q')] = "Antarctica",
		[WB_COUNTRY_INDEX('A', 'R')] = "Argentina",
		[WB_COUNTRY_INDEX('A', 'S')] = "American Samoa",
		[WB_COUNTRY_INDEX('A', 'T')] = "Austria",
		[WB_COUNTRY_INDEX('A', 'U')] = "Australia",
		[WB_COUNTRY_INDEX('A', 'W')] = "Aruba",
		[WB_COUNTRY_INDEX('A', 'X')] = "\303\205land Islands",	/* Åland Islands */
		[WB_COUNTRY_INDEX('A', 'Z')] = "Azerbaijan",
		[WB_COUNTRY_INDEX('B', 'A')] = "Bosnia and Herzegovina",
		[WB_COUNTRY_INDEX('B', 'B')] = "Barbados",
		[WB_COUNTRY_INDEX('B', 'D')] = "Bangladesh",
		[WB_COUNTRY_INDEX('B', 'E')] = "Belgium",
		[WB_COUNTRY_INDEX('B', 'F')] = "Burkina Faso",
		[WB_COUNTRY_INDEX('B', 'G')] = "Bulgaria",
		[WB_COUNTRY_INDEX('B', 'H')] = "Bahrain",
		[WB_COUNTRY_INDEX('B', 'I')] = "Burundi",
		[WB_COUNTRY_INDEX('B', 'J')] = "Benin",
		[WB_COUNTRY_INDEX('B', 'L')] = "Saint Barth\303\251lemy",	/* Saint Barthélemy */
		[WB_COUNTRY_INDEX('B', 'M')] = "Bermuda",
		[WB_COUNTRY_INDEX('B', 'N')] = "Brunei Darussalam",
		[WB_COUNTRY_INDEX('B', 'O')] = "Bolivia",
		[WB_COUNTRY_INDEX('B', 'Q')] = "Bonaire, Sint Eustatius and Saba",
		[WB_COUNTRY_INDEX('B', 'R')] = "Brazil",
		[WB_COUNTRY_INDEX('B', 'S')] = "Bahamas",
		[WB_COUNTRY_INDEX('B', 'T')] = "Bhutan",
		[WB_COUNTRY_INDEX('B', 'V')] = "Bouvet Island",
		[WB_COUNTRY_INDEX('B', 'W')] = "Botswana",
		[WB_COUNTRY_INDEX('B', 'Y')] = "Belarus",
		[WB_COUNTRY_INDEX('B', 'Z')] = "Belize",
		[WB_COUNTRY_INDEX('C', 'A')] = "Canada",
		[WB_COUNTRY_INDEX('C', 'C')] = "Cocos (Keeling) Islands",
		[WB_COUNTRY_INDEX('C', 'D')] = "Congo, The Democratic Republic of the",
		[WB_COUNTRY_INDEX('C', 'F')] = "Central African Republic",
		[WB_COUNTRY_INDEX('C', 'G')] = "Congo",
		[WB_COUNTRY_INDEX('C', 'H')] = "Switzerland",
		[WB_COUNTRY_INDEX('C', 'I')] = "C\303\264te d'Ivoire",	/* Côte d'Ivoire */
		[WB_COUNTRY_INDEX('C', 'K')] = "Cook Islands",
		[WB_COUNTRY_INDEX('C', 'L')] = "Chile",
		[WB_COUNTRY_INDEX('C', 'M')] = "Cameroon",
		[WB_COUNTRY_INDEX('C', 'N')] = "China",
		[WB_COUNTRY_INDEX('C', 'O')] = "Colombia",
		[WB_COUNTRY_INDEX('C', 'R')] = "Costa Rica",
		[WB_COUNTRY_INDEX('C', 'U')] = "Cuba",
		[WB_COUNTRY_INDEX('C', 'V')] = "Cabo Verde",
		[WB_COUNTRY_INDEX('C', 'W')] = "Cura\303\247ao",	/* Curaçao */
		[WB_COUNTRY_INDEX('C', 'X')] = "Christmas Island",
		[WB_COUNTRY_INDEX('C', 'Y')] = "Cyprus",
		[WB_COUNTRY_INDEX('C', 'Z')] = "Czechia",
		[WB_COUNTRY_INDEX('D', 'E')] = "Germany",
		[WB_COUNTRY_INDEX('D', 'J')] = "Djibouti",
		[WB_COUNTRY_INDEX('D', 'K')] = "Denmark",
		[WB_COUNTRY_INDEX('D', 'M')] = "Dominica",
		[WB_COUNTRY_INDEX('D', 'O')] = "Dominican Republic",
		[WB_COUNTRY_INDEX('D', 'Z')] = "Algeria",
		[WB_COUNTRY_INDEX('E', 'C')] = "Ecuador",
		[WB_COUNTRY_INDEX('E', 'E')] = "Estonia",
		[WB_COUNTRY_INDEX('E', 'G')] = "Egypt",
		[WB_COUNTRY_INDEX('E', 'H')] = "Western Sahara",
		[WB_COUNTRY_INDEX('E', 'R')] = "Eritrea",
		[WB_COUNTRY_INDEX('E', 'S')] = "Spain",
		[WB_COUNTRY_INDEX('E', 'T')] = "Ethiopia",
		[WB_COUNTRY_INDEX('F', 'I')] = "Finland",
		[WB_COUNTRY_INDEX('F', 'J')] = "Fiji",
		[WB_COUNTRY_INDEX('F', 'K')] = "Falkland Islands (Malvinas)",
		[WB_COUNTRY_INDEX('F', 'M')] = "Micronesia, Federated States of",
		[WB_COUNTRY_INDEX('F', 'O')] = "Faroe Islands",
		[WB_COUNTRY_INDEX('F', 'R')] = "France",
		[WB_COUNTRY_INDEX('G', 'A')] = "Gabon",
		[WB_COUNTRY_INDEX('G', 'B')] = "United Kingdom",
		[WB_COUNTRY_INDEX('G', 'D')] = "Grenada",
		[WB_COUNTRY_INDEX('G', 'E')] = "Georgia",
		[WB_COUNTRY_INDEX('G', 'F')] = "French Guiana",
		[WB_COUNTRY_INDEX('G', 'G')] = "Guernsey",
		[WB_COUNTRY_INDEX('G', 'H')] = "Ghana",
		[WB_COUNTRY_INDEX('G', 'I')] = "Gibraltar",
		[WB_COUNTRY_INDEX('G', 'L')] = "Greenland",
		[WB_COUNTRY_INDEX('G', 'M')] = "Gambia",
		[WB_COUNTRY_INDEX('G', 'N')] = "Guinea",
		[WB_COUNTRY_INDEX('G', 'P')] = "Guadeloupe",
		[WB_COUNTRY_INDEX('G', 'Q')] = "Equatorial Guinea",
		[WB_COUNTRY_INDEX('G', 'R')] = "Greece",
		[WB_COUNTRY_INDEX('G', 'S')] = "South Georgia and the South Sandwich Islands",
		[WB_COUNTRY_INDEX('G', 'T')] = "Guatemala",
		[WB_COUNTRY_INDEX('G', 'U')] = "Guam",
		[WB_COUNTRY_INDEX('G', 'W')] = "Guinea-Bissau",
		[WB_COUNTRY_INDEX('G', 'Y')] = "Guyana",
		[WB_COUNTRY_INDEX('H', 'K')] = "Hong Kong",
		[WB_COUNTRY_INDEX('H', 'M')] = "Heard Island and McDonald Islands",
		[WB_COUNTRY_INDEX('H', 'N')] = "Honduras",
		[WB_COUNTRY_INDEX('H', 'R')] = "Croatia",
		[WB_COUNTRY_INDEX('H', 'T')] = "Haiti",
		[WB_COUNTRY_INDEX('H', 'U')] = "Hungary",
		[WB_COUNTRY_INDEX('I', 'D')] = "Indonesia",
		[WB_COUNTRY_INDEX('I', 'E')] = "Ireland",
		[WB_COUNTRY_INDEX('I', 'L')] = "Israel",
		[WB_COUNTRY_INDEX('I', 'M')] = "Isle of Man",
		[WB_COUNTRY_INDEX('I', 'N')] = "India",
		[WB_COUNTRY_INDEX('I', 'O')] = "British Indian Ocean Territory",
		[WB_COUNTRY_INDEX('I', 'Q')] = "Iraq",
		[WB_COUNTRY_INDEX('I', 'R')] = "Iran",
		[WB_COUNTRY_INDEX('I', 'S')] = "Iceland",
		[WB_COUNTRY_INDEX('I', 'T')] = "Italy",
		[WB_COUNTRY_INDEX('J', 'E')] = "Jersey",
		[WB_COUNTRY_INDEX('J', 'M')] = "Jamaica",
		[WB_COUNTRY_INDEX('J', 'O')] = "Jordan",
		[WB_COUNTRY_INDEX('J', 'P')] = "Japan",
		[WB_COUNTRY_INDEX('K', 'E')] = "Kenya",
		[WB_COUNTRY_INDEX('K', 'G')] = "Kyrgyzstan",
		[WB_COUNTRY_INDEX('K', 'H')] = "Cambodia",
		[WB_COUNTRY_INDEX('K', 'I')] = "Kiribati",
		[WB_COUNTRY_INDEX('K', 'M')] = "Comoros",
		[WB_COUNTRY_INDEX('K', 'N')] = "Saint Kitts and Nevis",
		[WB_COUNTRY_INDEX('K', 'P')] = "North Korea",
		[WB_COUNTRY_INDEX('K', 'R')] = "South Korea",
		[WB_COUNTRY_INDEX('K', 'W')] = "Kuwait",
		[WB_COUNTRY_INDEX('K', 'Y')] = "Cayman Islands",
		[WB_COUNTRY_INDEX('K', 'Z')] = "Kazakhstan",
		[WB_COUNTRY_INDEX('L', 'A')] = "Laos",
		[WB_COUNTRY_INDEX('L', 'B')] = "Lebanon",
		[WB_COUNTRY_INDEX('L', 'C')] = "Saint Lucia",
		[WB_COUNTRY_INDEX('L', 'I')] = "Liechtenstein",
		[WB_COUNTRY_INDEX('L', 'K')] = "Sri Lanka",
		[WB_COUNTRY_INDEX('L', 'R')] = "Liberia",
		[WB_COUNTRY_INDEX('L', 'S')] = "Lesotho",
		[WB_COUNTRY_INDEX('L', 'T')] = "Lithuania",
		[WB_COUNTRY_INDEX('L', 'U')] = "Luxembourg",
		[WB_COUNTRY_INDEX('L', 'V')] = "Latvia",
		[WB_COUNTRY_INDEX('L', 'Y')] = "Libya",
		[WB_COUNTRY_INDEX('M', 'A')] = "Morocco",
		[WB_COUNTRY_INDEX('M', 'C')] = "Monaco",
		[WB_COUNTRY_INDEX('M', 'D')] = "Moldova",
		[WB_COUNTRY_INDEX('M', 'E')] = "Montenegro",
		[WB_COUNTRY_INDEX('M', 'F')] = "Saint Martin (French part)",
		[WB_COUNTRY_INDEX('M', 'G')] = "Madagascar",
		[WB_COUNTRY_INDEX('M', 'H')] = "Marshall Islands",
		[WB_COUNTRY_INDEX('M', 'K')] = "North Macedonia",
		[WB_COUNTRY_INDEX('M', 'L')] = "Mali",
		[WB_COUNTRY_INDEX('M', 'M')] = "Myanmar",
		[WB_COUNTRY_INDEX('M', 'N')] = "Mongolia",
		[WB_COUNTRY_INDEX('M', 'O')] = "Macao",
		[WB_COUNTRY_INDEX('M', 'P')] = "Northern Mariana Islands",
		[WB_COUNTRY_INDEX('M', 'Q')] = "Martinique",
		[WB_COUNTRY_INDEX('M', 'R')] = "Mauritania",
		[WB_COUNTRY_INDEX('M', 'S')] = "Montserrat",
		[WB_COUNTRY_INDEX('M', 'T')] = "Malta",
		[WB_COUNTRY_INDEX('M', 'U')] = "Mauritius",
		[WB_COUNTRY_INDEX('M', 'V')] = "Maldives",
		[WB_COUNTRY_INDEX('M', 'W')] = "Malawi",
		[WB_COUNTRY_INDEX('M', 'X')] = "Mexico",
		[WB_COUNTRY_INDEX('M', 'Y')] = "Malaysia",
		[WB_COUNTRY_INDEX('M', 'Z')] = "Mozambique",
		[WB_COUNTRY_INDEX('N', 'A')] = "Namibia",
		[WB_COUNTRY_INDEX('N', 'C')] = "New Caledonia",
		[WB_COUNTRY_INDEX('N', 'E')] = "Niger",
		[WB_COUNTRY_INDEX('N', 'F')] = "Norfolk Island",
		[WB_COUNTRY_INDEX('N', 'G')] = "Nigeria",
		[WB_COUNTRY_INDEX('N', 'I')] = "Nicaragua",
		[WB_COUNTRY_INDEX('N', 'L')] = "Netherlands",
		[WB_COUNTRY_INDEX('N', 'O')] = "Norway",
		[WB_COUNTRY_INDEX('N', 'P')] = "Nepal",
		[WB_COUNTRY_INDEX('N', 'R')] = "Nauru",
		[WB_COUNTRY_INDEX('N', 'U')] = "Niue",
		[WB_COUNTRY_INDEX('N', 'Z')] = "New Zealand",
		[WB_COUNTRY_INDEX('O', 'M')] = "Oman",
		[WB_COUNTRY_INDEX('P', 'A')] = "Panama",
		[WB_COUNTRY_INDEX('P', 'E')] = "Peru",
		[WB_COUNTRY_INDEX('P', 'F')] = "French Polynesia",
		[WB_COUNTRY_INDEX('P', 'G')] = "Papua New Guinea",
		[WB_COUNTRY_INDEX('P', 'H')] = "Philippines",
		[WB_COUNTRY_INDEX('P', 'K')] = "Pakistan",
		[WB_COUNTRY_INDEX('P', 'L')] = "Poland",
		[WB_COUNTRY_INDEX('P', 'M')] = "Saint Pierre and Miquelon",
		[WB_COUNTRY_INDEX('P', 'N')] = "Pitcairn",
		[WB_COUNTRY_INDEX('P', 'R')] = "Puerto Rico",
		[WB_COUNTRY_INDEX('P', 'S')] = "Palestine, State of",
		[WB_COUNTRY_INDEX('P', 'T')] = "Portugal",
		[WB_COUNTRY_INDEX('P', 'W')] = "Palau",
		[WB_COUNTRY_INDEX('P', 'Y')] = "Paraguay",
		[WB_COUNTRY_INDEX('Q', 'A')] = "Qatar",
		[WB_COUNTRY_INDEX('R', 'E')] = "R\303\251union",	/* Réunion */
		[WB_COUNTRY_INDEX('R', 'O')] = "Romania",
		[WB_COUNTRY_INDEX('R', 'S')] = "Serbia",
		[WB_COUNTRY_INDEX('R', 'U')] = "Russian Federation",
		[WB_COUNTRY_INDEX('R', 'W')] = "Rwanda",
		[WB_COUNTRY_INDEX('S', 'A')] = "Saudi Arabia",
		[WB_COUNTRY_INDEX('S', 'B')] = "Solomon Islands",
		[WB_COUNTRY_INDEX('S', 'C')] = "Seychelles",
		[WB_COUNTRY_INDEX('S', 'D')] = "Sudan",
		[WB_COUNTRY_INDEX('S', 'E')] = "Sweden",
		[WB_COUNTRY_INDEX('S', 'G')] = "Singapore",
		[WB_COUNTRY_INDEX('S', 'H')] = "Saint Helena, Ascension and Tristan da Cunha",
		[WB_COUNTRY_INDEX('S', 'I')] = "Slovenia",
		[WB_COUNTRY_INDEX('S', 'J')] = "Svalbard and Jan Mayen",
		[WB_COUNTRY_INDEX('S', 'K')] = "Slovakia",
		[WB_COUNTRY_INDEX('S', 'L')] = "Sierra Leone",
		[WB_COUNTRY_INDEX('S', 'M')] = "San Marino",
		[WB_COUNTRY_INDEX('S', 'N')] = "Senegal",
		[WB_COUNTRY_INDEX('S', 'O')] = "Somalia",
		[WB_COUNTRY_INDEX('S', 'R')] = "Suriname",
		[WB_COUNTRY_INDEX('S', 'S')] = "South Sudan",
		[WB_COUNTRY_INDEX('S', 'T')] = "Sao Tome and Principe",
		[WB_COUNTRY_INDEX('S', 'V')] = "El Salvador",
		[WB_COUNTRY_INDEX('S', 'X')] = "Sint Maarten (Dutch part)",
		[WB_COUNTRY_INDEX('S', 'Y')] = "Syria",
		[WB_COUNTRY_INDEX('S', 'Z')] = "Eswatini",
		[WB_COUNTRY_INDEX('T', 'A')] = "Tristan da Cunha",
		[WB_COUNTRY_INDEX('T', 'C')] = "Turks and Caicos Islands",
		[WB_COUNTRY_INDEX('T', 'D')] = "Chad",
		[WB_COUNTRY_INDEX('T', 'F')] = "French Southern Territories",
		[WB_COUNTRY_INDEX('T', 'G')] = "Togo",
		[WB_COUNTRY_INDEX('T', 'H')] = "Thailand",
		[WB_COUNTRY_INDEX('T', 'J')] = "Tajikistan",
		[WB_COUNTRY_INDEX('T', 'K')] = "Tokelau",
		[WB_COUNTRY_INDEX('T', 'L')] = "Timor-Leste",
		[WB_COUNTRY_INDEX('T', 'M')] = "Turkmenistan",
		[WB_COUNTRY_INDEX('T', 'N')] = "Tunisia",
		[WB_COUNTRY_INDEX('T', 'O')] = "Tonga",
		[WB_COUNTRY_INDEX('T', 'R')] = "T\303\274rkiye",	/* Türkiye */
		[WB_COUNTRY_INDEX('T', 'T')] = "Trinidad and Tobago",
		[WB_COUNTRY_INDEX('T', 'V')] = "Tuvalu",
		[WB_COUNTRY_INDEX('T', 'W')] = "Taiwan",
		[WB_COUNTRY_INDEX('T', 'Z')] = "Tanzania",
		[WB_COUNTRY_INDEX('U', 'A')] = "Ukraine",
		[WB_COUNTRY_INDEX('U', 'G')] = "Uganda",
		[WB_COUNTRY_INDEX('U', 'M')] = "United States Minor Outlying Islands",
		[WB_COUNTRY_INDEX('U', 'S')] = "United States",
		[WB_COUNTRY_INDEX('U', 'Y')] = "Uruguay",
		[WB_COUNTRY_INDEX('U', 'Z')] = "Uzbekistan",
		[WB_COUNTRY_INDEX('V', 'A')] = "Holy See (Vatican City State)",
		[WB_COUNTRY_INDEX('V', 'C')] = "Saint Vincent and the Grenadines",
		[WB_COUNTRY_INDEX('V', 'E')] = "Venezuela",
		[WB_COUNTRY_INDEX('V', 'G')] = "Virgin Islands, British",
		[WB_COUNTRY_INDEX('V', 'I')] = "Virgin Islands, U.S.",
		[WB_COUNTRY_INDEX('V', 'N')] = "Vietnam",
		[WB_COUNTRY_INDEX('V', 'U')] = "Vanuatu",
		[WB_COUNTRY_INDEX('W', 'F')] = "Wallis and Futuna",
		[WB_COUNTRY_INDEX('W', 'S')] = "Samoa",
		[WB_COUNTRY_INDEX('X', 'K')] = "Kosovo",
		[WB_COUNTRY_INDEX('Y', 'E')] = "Yemen",
		[WB_COUNTRY_INDEX('Y', 'T')] = "Mayotte",
		[WB_COUNTRY_INDEX('Z', 'A')] = "South Africa",
		[WB_COUNTRY_INDEX('Z', 'M')] = "Zambia",
		[WB_COUNTRY_INDEX('Z', 'W')] = "Zimbabwe",
	},
	/* Spanish */
	[WB_LANG_ES] = {
		[WB_COUNTRY_INDEX('A', 'C')] = "Isla Ascensi\303\263n",	/* Isla Ascensión */
		[WB_COUNTRY_INDEX('A', 'D')] = "Andorra",
		[WB_COUNTRY_INDEX('A', 'E')] = "Emiratos \303\201rabes Unidos",	/* Emiratos Árabes Unidos */
		[WB_COUNTRY_INDEX('A', 'F')] = "Afganist\303\241n",	/* Afganistán */
		[WB_COUNTRY_INDEX('A', 'G')] = "Antigua y Barbuda",
		[WB_COUNTRY_INDEX('A', 'I')] = "Anguila",
		[WB_COUNTRY_INDEX('A', 'L')] = "Albania",
		[WB_COUNTRY_INDEX('A', 'M')] = "Armenia",
		[WB_COUNTRY_INDEX('A', 'O')] = "Angola",
		[WB_COUNTRY_INDEX('A', 'Q')] = "Ant\303\241rtida",	/* Antártida */
		[WB_COUNTRY_INDEX('A', 'R')] = "Argentina",
		[WB_COUNTRY_INDEX('A', 'S')] = "Samoa Estadounidense",
		[WB_COUNTRY_INDEX('A', 'T')] = "Austria",
		[WB_COUNTRY_INDEX('A', 'U')] = "Australia",
		[WB_COUNTRY_INDEX('A', 'W')] = "Aruba",
		[WB_COUNTRY_INDEX('A', 'X')] = "Islas \303\204land",	/* Islas Äland */
		[WB_COUNTRY_INDEX('A', 'Z')] = "Azerbaiy\303\241n",	/* Azerbaiyán */
		[WB_COUNTRY_INDEX('B', 'A')] = "Bosnia y Herzegovina",
		[WB_COUNTRY_INDEX('B', 'B')] = "Barbados",
		[WB_COUNTRY_INDEX('B', 'D')] = "Banglad\303\251s",	/* Bangladés */
		[WB_COUNTRY_INDEX('B', 'E')] = "B\303\251lgica",	/* Bélgica */
		[WB_COUNTRY_INDEX('B', 'F')] = "Burquina Faso",
		[WB_COUNTRY_INDEX('B', 'G')] = "Bulgaria",
		[WB_COUNTRY_INDEX('B', 'H')] = "Bar\303\251in",	/* Baréin */
		[WB_COUNTRY_INDEX('B', 'I')] = "Burundi",
		[WB_COUNTRY_INDEX('B', 'J')] = "Ben\303\255n",	/* Benín */
		[WB_COUNTRY_INDEX('B', 'L')] = "San Bartolom\303\251",	/* San Bartolomé */
		[WB_COUNTRY_INDEX('B', 'M')] = "Islas Bermudas",
		[WB_COUNTRY_INDEX('B', 'N')] = "Brunei Darussalam",
		[WB_COUNTRY_INDEX('B', 'O')] = "Bolivia",
		[WB_COUNTRY_INDEX('B', 'Q')] = "Islas BES (Caribe Neerland\303\251s)",	/* Islas BES (Caribe Neerlandés) */
		[WB_COUNTRY_INDEX('B', 'R')] = "Brasil",
		[WB_COUNTRY_INDEX('B', 'S')] = "Bahamas",
		[WB_COUNTRY_INDEX('B', 'T')] = "But\303\241n",	/* Bután */
		[WB_COUNTRY_INDEX('B', 'V')] = "Isla Bouvet",
		[WB_COUNTRY_INDEX('B', 'W')] = "Botsuana",
		[WB_COUNTRY_INDEX('B', 'Y')] = "Bielorrusia",
		[WB_COUNTRY_INDEX('B', 'Z')] = "Belice",
		[WB_COUNTRY_INDEX('C', 'A')] = "Canad\303\241",	/* Canadá */
		[WB_COUNTRY_INDEX('C', 'C')] = "Islas Cocos (Keeling)",
		[WB_COUNTRY_INDEX('C', 'D')] = "Congo, Rep\303\272blica Democr\303\241tica del",	/* Congo, República Democrática del */
		[WB_COUNTRY_INDEX('C', 'F')] = "Rep\303\272blica Centroafricana",	/* República Centroafricana */
		[WB_COUNTRY_INDEX('C', 'G')] = "Congo",
		[WB_COUNTRY_INDEX('C', 'H')] = "Suiza",
		[WB_COUNTRY_INDEX('C', 'I')] = "Costa de Marf\303\255l",	/* Costa de Marfíl */
		[WB_COUNTRY_INDEX('C', 'K')] = "Islas Cook",
		[WB_COUNTRY_INDEX('C', 'L')] = "Chile",
		[WB_COUNTRY_INDEX('C', 'M')] = "Camer\303\272n",	/* Camerún */
		[WB_COUNTRY_INDEX('C', 'N')] = "China",
		[WB_COUNTRY_INDEX('C', 'O')] = "Colombia",
		[WB_COUNTRY_INDEX('C', 'R')] = "Costa Rica",
		[WB_COUNTRY_INDEX('C', 'U')] = "Cuba",
		[WB_COUNTRY_INDEX('C', 'V')] = "Cabo Verde",
		[WB_COUNTRY_INDEX('C', 'W')] = "Curazao",
		[WB_COUNTRY_INDEX('C', 'X')] = "Isla de Navidad",
		[WB_COUNTRY_INDEX('C', 'Y')] = "Chipre",
		[WB_COUNTRY_INDEX('C', 'Z')] = "Chequia",
		[WB_COUNTRY_INDEX('D', 'E')] = "Alemania",
		[WB_COUNTRY_INDEX('D', 'J')] = "Yibuti",
		[WB_COUNTRY_INDEX('D', 'K')] = "Dinamarca",
		[WB_COUNTRY_INDEX('D', 'M')] = "Dominica",
		[WB_COUNTRY_INDEX('D', 'O')] = "Rep\303\272blica Dominicana",	/* República Dominicana */
		[WB_COUNTRY_INDEX('D', 'Z')] = "Algeria",
		[WB_COUNTRY_INDEX('E', 'C')] = "Ecuador",
		[WB_COUNTRY_INDEX('E', 'E')] = "Estonia",
		[WB_COUNTRY_INDEX('E', 'G')] = "Egipto",
		[WB_COUNTRY_INDEX('E', 'H')] = "Sahara Occidental",
		[WB_COUNTRY_INDEX('E', 'R')] = "Eritrea",
		[WB_COUNTRY_INDEX('E', 'S')] = "Espa\303\261a",	/* España */
		[WB_COUNTRY_INDEX('E', 'T')] = "Etiop\303\255a",	/* Etiopía */
		[WB_COUNTRY_INDEX('F', 'I')] = "Finlandia",
		[WB_COUNTRY_INDEX('F', 'J')] = "Fiyi",
		[WB_COUNTRY_INDEX('F', 'K')] = "Islas Falkland (Malvinas)",
		[WB_COUNTRY_INDEX('F', 'M')] = "Micronesia, Estados Federados de",
		[WB_COUNTRY_INDEX('F', 'O')] = "Islas Feroe",
		[WB_COUNTRY_INDEX('F', 'R')] = "Francia",
		[WB_COUNTRY_INDEX('G', 'A')] = "Gab\303\263n",	/* Gabón */
		[WB_COUNTRY_INDEX('G', 'B')] = "Reino Unido",
		[WB_COUNTRY_INDEX('G', 'D')] = "Granada",
		[WB_COUNTRY_INDEX('G', 'E')] = "Georgia",
		[WB_COUNTRY_INDEX('G', 'F')] = "Guayana Francesa",
		[WB_COUNTRY_INDEX('G', 'G')] = "Guernsey",
		[WB_COUNTRY_INDEX('G', 'H')] = "Ghana",
		[WB_COUNTRY_INDEX('G', 'I')] = "Gibraltar",
		[WB_COUNTRY_INDEX('G', 'L')] = "Groenlandia",
		[WB_COUNTRY_INDEX('G', 'M')] = "Gambia",
		[WB_COUNTRY_INDEX('G', 'N')] = "Guinea",
		[WB_COUNTRY_INDEX('G', 'P')] = "Guadalupe",
		[WB_COUNTRY_INDEX('G', 'Q')] = "Guinea Ecuatorial",
		[WB_COUNTRY_INDEX('G', 'R')] = "Grecia",
		[WB_COUNTRY_INDEX('G', 'S')] = "Islas Georgias del Sur y S\303\241ndwich del Sur",	/* Islas Georgias del Sur y Sándwich del Sur */
		[WB_COUNTRY_INDEX('G', 'T')] = "Guatemala",
		[WB_COUNTRY_INDEX('G', 'U')] = "Guam",
		[WB_COUNTRY_INDEX('G', 'W')] = "Guinea-Bis\303\241u",	/* Guinea-Bisáu */
		[WB_COUNTRY_INDEX('G', 'Y')] = "Guyana",
		[WB_COUNTRY_INDEX('H', 'K')] = "Hong Kong",
		[WB_COUNTRY_INDEX('H', 'M')] = "Islas Heard y McDonald",
		[WB_COUNTRY_INDEX('H', 'N')] = "Honduras",
		[WB_COUNTRY_INDEX('H', 'R')] = "Croacia",
		[WB_COUNTRY_INDEX('H', 'T')] = "Hait\303\255",	/* Haití */
		[WB_COUNTRY_INDEX('H', 'U')] = "Hungr\303\255a",	/* Hungría */
		[WB_COUNTRY_INDEX('I', 'D')] = "Indonesia",
		[WB_COUNTRY_INDEX('I', 'E')] = "Irlanda",
		[WB_COUNTRY_INDEX('I', 'L')] = "Israel",
		[WB_COUNTRY_INDEX('I', 'M')] = "Isla de Man",
		[WB_COUNTRY_INDEX('I', 'N')] = "India",
		[WB_COUNTRY_INDEX('I', 'O')] = "Territorio Brit\303\241nico del Oc\303\251ano \303\215ndico",	/* Territorio Británico del Océano Índico */
		[WB_COUNTRY_INDEX('I', 'Q')] = "Irak",
		[WB_COUNTRY_INDEX('I', 'R')] = "Ir\303\241n, Rep\303\272blica isl\303\241mica de",	/* Irán, República islámica de */
		[WB_COUNTRY_INDEX('I', 'S')] = "Islandia",
		[WB_COUNTRY_INDEX('I', 'T')] = "Italia",
		[WB_COUNTRY_INDEX('J', 'E')] = "Jersey",
		[WB_COUNTRY_INDEX('J', 'M')] = "Jamaica",
		[WB_COUNTRY_INDEX('J', 'O')] = "Jordania",
		[WB_COUNTRY_INDEX('J', 'P')] = "Jap\303\263n",	/* Japón */
		[WB_COUNTRY_INDEX('K', 'E')] = "Kenia",
		[WB_COUNTRY_INDEX('K', 'G')] = "Kirguist\303\241n",	/* Kirguistán */
		[WB_COUNTRY_INDEX('K', 'H')] = "Camboya",
		[WB_COUNTRY_INDEX('K', 'I')] = "Kiribati",
		[WB_COUNTRY_INDEX('K', 'M')] = "Comores, Islas",
		[WB_COUNTRY_INDEX('K', 'N')] = "San Crist\303\263bal y Nieves",	/* San Cristóbal y Nieves */
		[WB_COUNTRY_INDEX('K', 'P')] = "Corea, Rep\303\272blica Democr\303\241tica Popular de",	/* Corea, República Democrática Popular de */
		[WB_COUNTRY_INDEX('K', 'R')] = "Corea, Rep\303\272blica de",	/* Corea, República de */
		[WB_COUNTRY_INDEX('K', 'W')] = "Kuwait",
		[WB_COUNTRY_INDEX('K', 'Y')] = "Islas Caim\303\241n",	/* Islas Caimán */
		[WB_COUNTRY_INDEX('K', 'Z')] = "Kazajist\303\241n",	/* Kazajistán */
		[WB_COUNTRY_INDEX('L', 'A')] = "Rep\303\272blica Democr\303\241tica Popular de Lao",	/* República Democrática Popular de Lao */
		[WB_COUNTRY_INDEX('L', 'B')] = "L\303\255bano",	/* Líbano */
		[WB_COUNTRY_INDEX('L', 'C')] = "Santa Luc\303\255a",	/* Santa Lucía */
		[WB_COUNTRY_INDEX('L', 'I')] = "Liechtenstein",
		[WB_COUNTRY_INDEX('L', 'K')] = "Sri Lanka",
		[WB_COUNTRY_INDEX('L', 'R')] = "Liberia",
		[WB_COUNTRY_INDEX('L', 'S')] = "Lesoto",
		[WB_COUNTRY_INDEX('L', 'T')] = "Lituania",
		[WB_COUNTRY_INDEX('L', 'U')] = "Luxemburgo",
		[WB_COUNTRY_INDEX('L', 'V')] = "Letonia",
		[WB_COUNTRY_INDEX('L', 'Y')] = "Libia",
		[WB_COUNTRY_INDEX('M', 'A')] = "Marruecos",
		[WB_COUNTRY_INDEX('M', 'C')] = "M\303\263naco",	/* Mónaco */
		[WB_COUNTRY_INDEX('M', 'D')] = "Moldavia",
		[WB_COUNTRY_INDEX('M', 'E')] = "Montenegro",
		[WB_COUNTRY_INDEX('M', 'F')] = "San Mart\303\255n (zona francesa)",	/* San Martín (zona francesa) */
		[WB_COUNTRY_INDEX('M', 'G')] = "Madagascar",
		[WB_COUNTRY_INDEX('M', 'H')] = "Islas Marshall",
		[WB_COUNTRY_INDEX('M', 'K')] = "Macedonia del Norte",
		[WB_COUNTRY_INDEX('M', 'L')] = "Mal\303\255",	/* Malí */
		[WB_COUNTRY_INDEX('M', 'M')] = "Birmania",
		[WB_COUNTRY_INDEX('M', 'N')] = "Mongolia",
		[WB_COUNTRY_INDEX('M', 'O')] = "Macao",
		[WB_COUNTRY_INDEX('M', 'P')] = "Islas Marianas del Norte",
		[WB_COUNTRY_INDEX('M', 'Q')] = "Martinica",
		[WB_COUNTRY_INDEX('M', 'R')] = "Mauritania",
		[WB_COUNTRY_INDEX('M', 'S')] = "Montserrat",
		[WB_COUNTRY_INDEX('M', 'T')] = "Malta",
		[WB_COUNTRY_INDEX('M', 'U')] = "Mauricio",
		[WB_COUNTRY_INDEX('M', 'V')] = "Islas Maldivas",
		[WB_COUNTRY_INDEX('M', 'W')] = "Malaui",
		[WB_COUNTRY_INDEX('M', 'X')] = "M\303\251xico",	/* México */
		[WB_COUNTRY_INDEX('M', 'Y')] = "Malasia",
		[WB_COUNTRY_INDEX('M', 'Z')] = "Mozambique",
		[WB_COUNTRY_INDEX('N', 'A')] = "Namibia",
		[WB_COUNTRY_INDEX('N', 'C')] = "Nueva Caledonia",
		[WB_COUNTRY_INDEX('N', 'E')] = "Niger",
		[WB_COUNTRY_INDEX('N', 'F')] = "Isla Norfolk",
		[WB_COUNTRY_INDEX('N', 'G')] = "Nigeria",
		[WB_COUNTRY_INDEX('N', 'I')] = "Nicaragua",
		[WB_COUNTRY_INDEX('N', 'L')] = "Pa\303\255ses Bajos",	/* Países Bajos */
		[WB_COUNTRY_INDEX('N', 'O')] = "Noruega",
		[WB_COUNTRY_INDEX('N', 'P')] = "Nepal",
		[WB_COUNTRY_INDEX('N', 'R')] = "Nauru",
		[WB_COUNTRY_INDEX('N', 'U')] = "Niue",
		[WB_COUNTRY_INDEX('N', 'Z')] = "Nueva Zelanda",
		[WB_COUNTRY_INDEX('O', 'M')] = "Om\303\241n",	/* Omán */
		[WB_COUNTRY_INDEX('P', 'A')] = "Panam\303\241",	/* Panamá */
		[WB_COUNTRY_INDEX('P', 'E')] = "Per\303\272",	/* Perú */
		[WB_COUNTRY_INDEX('P', 'F')] = "Polinesia Francesa",
		[WB_COUNTRY_INDEX('P', 'G')] = "Pap\303\272a Nueva Guinea",	/* Papúa Nueva Guinea */
		[WB_COUNTRY_INDEX('P', 'H')] = "Filipinas",
		[WB_COUNTRY_INDEX('P', 'K')] = "Pakist\303\241n",	/* Pakistán */
		[WB_COUNTRY_INDEX('P', 'L')] = "Polonia",
		[WB_COUNTRY_INDEX('P', 'M')] = "San Pedro y Miquelon",
		[WB_COUNTRY_INDEX('P', 'N')] = "Pitcairn",
		[WB_COUNTRY_INDEX('P', 'R')] = "Puerto Rico",
		[WB_COUNTRY_INDEX('P', 'S')] = "Palestina, Estado de",
		[WB_COUNTRY_INDEX('P', 'T')] = "Portugal",
		[WB_COUNTRY_INDEX('P', 'W')] = "Palaos",
		[WB_COUNTRY_INDEX('P', 'Y')] = "Paraguay",
		[WB_COUNTRY_INDEX('Q', 'A')] = "Catar",
		[WB_COUNTRY_INDEX('R', 'E')] = "Reuni\303\263n",	/* Reunión */
		[WB_COUNTRY_INDEX('R', 'O')] = "Ruman\303\255a",	/* Rumanía */
		[WB_COUNTRY_INDEX('R', 'S')] = "Serbia",
		[WB_COUNTRY_INDEX('R', 'U')] = "Federaci\303\263n Rusa",	/* Federación Rusa */
		[WB_COUNTRY_INDEX('R', 'W')] = "Ruanda",
		[WB_COUNTRY_INDEX('S', 'A')] = "Arabia Saud\303\255",	/* Arabia Saudí */
		[WB_COUNTRY_INDEX('S', 'B')] = "Islas Salom\303\263n",	/* Islas Salomón */
		[WB_COUNTRY_INDEX('S', 'C')] = "Seychelles",
		[WB_COUNTRY_INDEX('S', 'D')] = "Sud\303\241n",	/* Sudán */
		[WB_COUNTRY_INDEX('S', 'E')] = "Suecia",
		[WB_COUNTRY_INDEX('S', 'G')] = "Singapur",
		[WB_COUNTRY_INDEX('S', 'H')] = "Santa Elena, Ascensi\303\263n y Trist\303\241n de Acu\303\261a",	/* Santa Elena, Ascensión y Tristán de Acuña */
		[WB_COUNTRY_INDEX('S', 'I')] = "Eslovenia",
		[WB_COUNTRY_INDEX('S', 'J')] = "Svalbard y Jan Mayen",
		[WB_COUNTRY_INDEX('S', 'K')] = "Eslovaquia",
		[WB_COUNTRY_INDEX('S', 'L')] = "Sierra Leona",
		[WB_COUNTRY_INDEX('S', 'M')] = "San Marino",
		[WB_COUNTRY_INDEX('S', 'N')] = "Senegal",
		[WB_COUNTRY_INDEX('S', 'O')] = "Somalia",
		[WB_COUNTRY_INDEX('S', 'R')] = "Surin\303\241m",	/* Surinám */
		[WB_COUNTRY_INDEX('S', 'S')] = "Sud\303\241n del Sur",	/* Sudán del Sur */
		[WB_COUNTRY_INDEX('S', 'T')] = "Santo Tom\303\251 y Pr\303\255ncipe",	/* Santo Tomé y Príncipe */
		[WB_COUNTRY_INDEX('S', 'V')] = "El Salvador",
		[WB_COUNTRY_INDEX('S', 'X')] = "Isla de San Mart\303\255n (zona holandsea)",	/* Isla de San Martín (zona holandsea) */
		[WB_COUNTRY_INDEX('S', 'Y')] = "Rep\303\272blica \303\241rabe de Siria",	/* República árabe de Siria */
		[WB_COUNTRY_INDEX('S', 'Z')] = "Esuatini",
		[WB_COUNTRY_INDEX('T', 'A')] = "Trist\303\241n de Acu\303\261a",	/* Tristán de Acuña */
		[WB_COUNTRY_INDEX('T', 'C')] = "Islas Turcas y Caicos",
		[WB_COUNTRY_INDEX('T', 'D')] = "Chad",
		[WB_COUNTRY_INDEX('T', 'F')] = "Territorios Franceses del Sur",
		[WB_COUNTRY_INDEX('T', 'G')] = "Togo",
		[WB_COUNTRY_INDEX('T', 'H')] = "Tailandia",
		[WB_COUNTRY_INDEX('T', 'J')] = "Tayikist\303\241n",	/* Tayikistán */
		[WB_COUNTRY_INDEX('T', 'K')] = "Tokelau",
		[WB_COUNTRY_INDEX('T', 'L')] = "Timor Oriental",
		[WB_COUNTRY_INDEX('T', 'M')] = "Turkmenist\303\241n",	/* Turkmenistán */
		[WB_COUNTRY_INDEX('T', 'N')] = "Tunez",
		[WB_COUNTRY_INDEX('T', 'O')] = "Tonga",
		[WB_COUNTRY_INDEX('T', 'R')] = "Turqu\303\255a",	/* Turquía */
		[WB_COUNTRY_INDEX('T', 'T')] = "Trinidad y Tobago",
		[WB_COUNTRY_INDEX('T', 'V')] = "Tuvalu",
		[WB_COUNTRY_INDEX('T', 'W')] = "Taiw\303\241n",	/* Taiwán */
		[WB_COUNTRY_INDEX('T', 'Z')] = "Tanzania",
		[WB_COUNTRY_INDEX('U', 'A')] = "Ucrania",
		[WB_COUNTRY_INDEX('U', 'G')] = "Uganda",
		[WB_COUNTRY_INDEX('U', 'M')] = "Islas Ultramarinas Menores de Estados Unidos",
		[WB_COUNTRY_INDEX('U', 'S')] = "Estados Unidos",
		[WB_COUNTRY_INDEX('U', 'Y')] = "Uruguay",
		[WB_COUNTRY_INDEX('U', 'Z')] = "Uzbekist\303\241n",	/* Uzbekistán */
		[WB_COUNTRY_INDEX('V', 'A')] = "Santa Sede (Ciudad Estado del Vaticano)",
		[WB_COUNTRY_INDEX('V', 'C')] = "San Vicente y las Granadinas",
		[WB_COUNTRY_INDEX('V', 'E')] = "Venezuela",
		[WB_COUNTRY_INDEX('V', 'G')] = "Islas V\303\255rgenes, Brit\303\241nicas",	/* Islas Vírgenes, Británicas */
		[WB_COUNTRY_INDEX('V', 'I')] = "Islas V\303\255rgenes, de EEUU",	/* Islas Vírgenes, de EEUU */
		[WB_COUNTRY_INDEX('V', 'N')] = "Vietnam",
		[WB_COUNTRY_INDEX('V', 'U')] = "Vanuatu",
		[WB_COUNTRY_INDEX('W', 'F')] = "Wallis y Futuna",
		[WB_COUNTRY_INDEX('W', 'S')] = "Samoa",
		[WB_COUNTRY_INDEX('X', 'K')] = "Kosovo",
		[WB_COUNTRY_INDEX('Y', 'E')] = "Yemen",
		[WB_COUNTRY_INDEX('Y', 'T')] = "Mayotte",
		[WB_COUNTRY_INDEX('Z', 'A')] = "Sud\303\241frica",	/* Sudáfrica */
		[WB_COUNTRY_INDEX('Z', 'M')] = "Zambia",
		[WB_COUNTRY_INDEX('Z', 'W')] = "Zimbabue",
	},
};

/*
 * Folding of U+0080..U+024F for spelling keys: the ASCII text that
 * replaces the code point ("" drops it), or NULL to keep it as it is.
 */
#define WB_FOLD_FIRST 0x80
#define WB_FOLD_LAST 0x24F

static const char *const wb_fold[WB_FOLD_LAST - WB_FOLD_FIRST + 1] = {
	[0x80 - WB_FOLD_FIRST] = "",	/* U+0080  */
	[0x81 - WB_FOLD_FIRST] = "",	/* U+0081  */
	[0x82 - WB_FOLD_FIRST] = "",	/* U+0082  */
	[0x83 - WB_FOLD_FIRST] = "",	/* U+0083  */
	[0x84 - WB_FOLD_FIRST] = "",	/* U+0084  */
	[0x85 - WB_FOLD_FIRST] = "",	/* U+0085  */
	[0x86 - WB_FOLD_FIRST] = "",	/* U+0086  */
	[0x87 - WB_FOLD_FIRST] = "",	/* U+0087  */
	[0x88 - WB_FOLD_FIRST] = "",	/* U+0088  */
	[0x89 - WB_FOLD_FIRST] = "",	/* U+0089  */
	[0x8A - WB_FOLD_FIRST] = "",	/* U+008A  */
	[0x8B - WB_FOLD_FIRST] = "",	/* U+008B  */
	[0x8C - WB_FOLD_FIRST] = "",	/* U+008C  */
	[0x8D - WB_FOLD_FIRST] = "",	/* U+008D  */
	[0x8E - WB_FOLD_FIRST] = "",	/* U+008E  */
	[0x8F - WB_FOLD_FIRST] = "",	/* U+008F  */
	[0x90 - WB_FOLD_FIRST] = "",	/* U+0090  */
	[0x91 - WB_FOLD_FIRST] = "",	/* U+0091  */
	[0x92 - WB_FOLD_FIRST] = "",	/* U+0092  */
	[0x93 - WB_FOLD_FIRST] = "",	/* U+0093  */
	[0x94 - WB_FOLD_FIRST] = "",	/* U+0094  */
	[0x95 - WB_FOLD_FIRST] = "",	/* U+0095  */
	[0x96 - WB_FOLD_FIRST] = "",	/* U+0096  */
	[0x97 - WB_FOLD_FIRST] = "",	/* U+0097  */
	[0x98 - WB_FOLD_FIRST] = "",	/* U+0098  */
	[0x99 - WB_FOLD_FIRST] = "",	/* U+0099  */
	[0x9A - WB_FOLD_FIRST] = "",	/* U+009A  */
	[0x9B - WB_FOLD_FIRST] = "",	/* U+009B  */
	[0x9C - WB_FOLD_FIRST] = "",	/* U+009C  */
	[0x9D - WB_FOLD_FIRST] = "",	/* U+009D  */
	[0x9E - WB_FOLD_FIRST] = "",	/* U+009E  */
	[0x9F - WB_FOLD_FIRST] = "",	/* U+009F  */
	[0xA0 - WB_FOLD_FIRST] = "",	/* U+00A0 NO-BREAK SPACE */
	[0xA1 - WB_FOLD_FIRST] = "",	/* U+00A1 INVERTED EXCLAMATION MARK */
	[0xA2 - WB_FOLD_FIRST] = "",	/* U+00A2 CENT SIGN */
	[0xA3 - WB_FOLD_FIRST] = "",	/* U+00A3 POUND SIGN */
	[0xA4 - WB_FOLD_FIRST] = "",	/* U+00A4 CURRENCY SIGN */
	[0xA5 - WB_FOLD_FIRST] = "",	/* U+00A5 YEN SIGN */
	[0xA6 - WB_FOLD_FIRST] = "",	/* U+00A6 BROKEN BAR */
	[0xA7 - WB_FOLD_FIRST] = "",	/* U+00A7 SECTION SIGN */
	[0xA8 - WB_FOLD_FIRST] = "",	/* U+00A8 DIAERESIS */
	[0xA9 - WB_FOLD_FIRST] = "",	/* U+00A9 COPYRIGHT SIGN */
	[0xAA - WB_FOLD_FIRST] = "A",	/* U+00AA FEMININE ORDINAL INDICATOR */
	[0xAB - WB_FOLD_FIRST] = "",	/* U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK */
	[0xAC - WB_FOLD_FIRST] = "",	/* U+00AC NOT SIGN */
	[0xAD - WB_FOLD_FIRST] = "",	/* U+00AD SOFT HYPHEN */
	[0xAE - WB_FOLD_FIRST] = "",	/* U+00AE REGISTERED SIGN */
	[0xAF - WB_FOLD_FIRST] = "",	/* U+00AF MACRON */
	[0xB0 - WB_FOLD_FIRST] = "",	/* U+00B0 DEGREE SIGN */
	[0xB1 - WB_FOLD_FIRST] = "",	/* U+00B1 PLUS-MINUS SIGN */
	[0xB2 - WB_FOLD_FIRST] = "2",	/* U+00B2 SUPERSCRIPT TWO */
	[0xB3 - WB_FOLD_FIRST] = "3",	/* U+00B3 SUPERSCRIPT THREE */
	[0xB4 - WB_FOLD_FIRST] = "",	/* U+00B4 ACUTE ACCENT */
	[0xB6 - WB_FOLD_FIRST] = "",	/* U+00B6 PILCROW SIGN */
	[0xB7 - WB_FOLD_FIRST] = "",	/* U+00B7 MIDDLE DOT */
	[0xB8 - WB_FOLD_FIRST] = "",	/* U+00B8 CEDILLA */
	[0xB9 - WB_FOLD_FIRST] = "1",	/* U+00B9 SUPERSCRIPT ONE */
	[0xBA - WB_FOLD_FIRST] = "O",	/* U+00BA MASCULINE ORDINAL INDICATOR */
	[0xBB - WB_FOLD_FIRST] = "",	/* U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK */
	[0xBC - WB_FOLD_FIRST] = "14",	/* U+00BC VULGAR FRACTION ONE QUARTER */
	[0xBD - WB_FOLD_FIRST] = "12",	/* U+00BD VULGAR FRACTION ONE HALF */
	[0xBE - WB_FOLD_FIRST] = "34",	/* U+00BE VULGAR FRACTION THREE QUARTERS */
	[0xBF - WB_FOLD_FIRST] = "",	/* U+00BF INVERTED QUESTION MARK */
	[0xC0 - WB_FOLD_FIRST] = "A",	/* U+00C0 LATIN CAPITAL LETTER A WITH GRAVE */
	[0xC1 - WB_FOLD_FIRST] = "A",	/* U+00C1 LATIN CAPITAL LETTER A WITH ACUTE */
	[0xC2 - WB_FOLD_FIRST] = "A",	/* U+00C2 LATIN CAPITAL LETTER A WITH CIRCUMFLEX */
	[0xC3 - WB_FOLD_FIRST] = "A",	/* U+00C3 LATIN CAPITAL LETTER A WITH TILDE */
	[0xC4 - WB_FOLD_FIRST] = "A",	/* U+00C4 LATIN CAPITAL LETTER A WITH DIAERESIS */
	[0xC5 - WB_FOLD_FIRST] = "A",	/* U+00C5 LATIN CAPITAL LETTER A WITH RING ABOVE */
	[0xC6 - WB_FOLD_FIRST] = "AE",	/* U+00C6 LATIN CAPITAL LETTER AE */
	[0xC7 - WB_FOLD_FIRST] = "C",	/* U+00C7 LATIN CAPITAL LETTER C WITH CEDILLA */
	[0xC8 - WB_FOLD_FIRST] = "E",	/* U+00C8 LATIN CAPITAL LETTER E WITH GRAVE */
	[0xC9 - WB_FOLD_FIRST] = "E",	/* U+00C9 LATIN CAPITAL LETTER E WITH ACUTE */
	[0xCA - WB_FOLD_FIRST] = "E",	/* U+00CA LATIN CAPITAL LETTER E WITH CIRCUMFLEX */
	[0xCB - WB_FOLD_FIRST] = "E",	/* U+00CB LATIN CAPITAL LETTER E WITH DIAERESIS */
	[0xCC - WB_FOLD_FIRST] = "I",	/* U+00CC LATIN CAPITAL LETTER I WITH GRAVE */
	[0xCD - WB_FOLD_FIRST] = "I",	/* U+00CD LATIN CAPITAL LETTER I WITH ACUTE */
	[0xCE - WB_FOLD_FIRST] = "I",	/* U+00CE LATIN CAPITAL LETTER I WITH CIRCUMFLEX */
	[0xCF - WB_FOLD_FIRST] = "I",	/* U+00CF LATIN CAPITAL LETTER I WITH DIAERESIS */
	[0xD0 - WB_FOLD_FIRST] = "D",	/* U+00D0 LATIN CAPITAL LETTER ETH */
	[0xD1 - WB_FOLD_FIRST] = "N",	/* U+00D1 LATIN CAPITAL LETTER N WITH TILDE */
	[0xD2 - WB_FOLD_FIRST] = "O",	/* U+00D2 LATIN CAPITAL LETTER O WITH GRAVE */
	[0xD3 - WB_FOLD_FIRST] = "O",	/* U+00D3 LATIN CAPITAL LETTER O WITH ACUTE */
	[0xD4 - WB_FOLD_FIRST] = "O",	/* U+00D4 LATIN CAPITAL LETTER O WITH CIRCUMFLEX */
	[0xD5 - WB_FOLD_FIRST] = "O",	/* U+00D5 LATIN CAPITAL LETTER O WITH TILDE */
	[0xD6 - WB_FOLD_FIRST] = "O",	/* U+00D6 LATIN CAPITAL LETTER O WITH DIAERESIS */
	[0xD7 - WB_FOLD_FIRST] = "",	/* U+00D7 MULTIPLICATION SIGN */
	[0xD8 - WB_FOLD_FIRST] = "O",	/* U+00D8 LATIN CAPITAL LETTER O WITH STROKE */
	[0xD9 - WB_FOLD_FIRST] = "U",	/* U+00D9 LATIN CAPITAL LETTER U WITH GRAVE */
	[0xDA - WB_FOLD_FIRST] = "U",	/* U+00DA LATIN CAPITAL LETTER U WITH ACUTE */
	[0xDB - WB_FOLD_FIRST] = "U",	/* U+00DB LATIN CAPITAL LETTER U WITH CIRCUMFLEX */
	[0xDC - WB_FOLD_FIRST] = "U",	/* U+00DC LATIN CAPITAL LETTER U WITH DIAERESIS */
	[0xDD - WB_FOLD_FIRST] = "Y",	/* U+00DD LATIN CAPITAL LETTER Y WITH ACUTE */
	[0xDE - WB_FOLD_FIRST] = "TH",	/* U+00DE LATIN CAPITAL LETTER THORN */
	[0xDF - WB_FOLD_FIRST] = "SS",	/* U+00DF LATIN SMALL LETTER SHARP S */
	[0xE0 - WB_FOLD_FIRST] = "A",	/* U+00E0 LATIN SMALL LETTER A WITH GRAVE */
	[0xE1 - WB_FOLD_FIRST] = "A",	/* U+00E1 LATIN SMALL LETTER A WITH ACUTE */
	[0xE2 - WB_FOLD_FIRST] = "A",	/* U+00E2 LATIN SMALL LETTER A WITH CIRCUMFLEX */
	[0xE3 - WB_FOLD_FIRST] = "A",	/* U+00E3 LATIN SMALL LETTER A WITH TILDE */
	[0xE4 - WB_FOLD_FIRST] = "A",	/* U+00E4 LATIN SMALL LETTER A WITH DIAERESIS */
	[0xE5 - WB_FOLD_FIRST] = "A",	/* U+00E5 LATIN SMALL LETTER A WITH RING ABOVE */
	[0xE6 - WB_FOLD_FIRST] = "AE",	/* U+00E6 LATIN SMALL LETTER AE */
	[0xE7 - WB_FOLD_FIRST] = "C",	/* U+00E7 LATIN SMALL LETTER C WITH CEDILLA */
	[0xE8 - WB_FOLD_FIRST] = "E",	/* U+00E8 LATIN SMALL LETTER E WITH GRAVE */
	[0xE9 - WB_FOLD_FIRST] = "E",	/* U+00E9 LATIN SMALL LETTER E WITH ACUTE */
	[0xEA - WB_FOLD_FIRST] = "E",	/* U+00EA LATIN SMALL LETTER E WITH CIRCUMFLEX */
	[0xEB - WB_FOLD_FIRST] = "E",	/* U+00EB LATIN SMALL LETTER E WITH DIAERESIS */
	[0xEC - WB_FOLD_FIRST] = "I",	/* U+00EC LATIN SMALL LETTER I WITH GRAVE */
	[0xED - WB_FOLD_FIRST] = "I",	/* U+00ED LATIN SMALL LETTER I WITH ACUTE */
	[0xEE - WB_FOLD_FIRST] = "I",	/* U+00EE LATIN SMALL LETTER I WITH CIRCUMFLEX */
	[0xEF - WB_FOLD_FIRST] = "I",	/* U+00EF LATIN SMALL LETTER I WITH DIAERESIS */
	[0xF0 - WB_FOLD_FIRST] = "D",	/* U+00F0 LATIN SMALL LETTER ETH */
	[0xF1 - WB_FOLD_FIRST] = "N",	/* U+00F1 LATIN SMALL LETTER N WITH TILDE */
	[0xF2 - WB_FOLD_FIRST] = "O",	/* U+00F2 LATIN SMALL LETTER O WITH GRAVE */
	[0xF3 - WB_FOLD_FIRST] = "O",	/* U+00F3 LATIN SMALL LETTER O WITH ACUTE */
	[0xF4 - WB_FOLD_FIRST] = "O",	/* U+00F4 LATIN SMALL LETTER O WITH CIRCUMFLEX */
	[0xF5 - WB_FOLD_FIRST] = "O",	/* U+00F5 LATIN SMALL LETTER O WITH TILDE */
	[0xF6 - WB_FOLD_FIRST] = "O",	/* U+00F6 LATIN SMALL LETTER O WITH DIAERESIS */
	[0xF7 - WB_FOLD_FIRST] = "",	/* U+00F7 DIVISION SIGN */
	[0xF8 - WB_FOLD_FIRST] = "O",	/* U+00F8 LATIN SMALL LETTER O WITH STROKE */
	[0xF9 - WB_FOLD_FIRST] = "U",	/* U+00F9 LATIN SMALL LETTER U WITH GRAVE */
	[0xFA - WB_FOLD_FIRST] = "U",	/* U+00FA LATIN SMALL LETTER U WITH ACUTE */
	[0xFB - WB_FOLD_FIRST] = "U",	/* U+00FB LATIN SMALL LETTER U WITH CIRCUMFLEX */
	[0xFC - WB_FOLD_FIRST] = "U",	/* U+00FC LATIN SMALL LETTER U WITH DIAERESIS */
	[0xFD - WB_FOLD_FIRST] = "Y",	/* U+00FD LATIN SMALL LETTER Y WITH ACUTE */
	[0xFE - WB_FOLD_FIRST] = "TH",	/* U+00FE LATIN SMALL LETTER THORN */
	[0xFF - WB_FOLD_FIRST] = "Y",	/* U+00FF LATIN SMALL LETTER Y WITH DIAERESIS */
	[0x100 - WB_FOLD_FIRST] = "A",	/* U+0100 LATIN CAPITAL LETTER A WITH MACRON */
	[0x101 - WB_FOLD_FIRST] = "A",	/* U+0101 LATIN SMALL LETTER A WITH MACRON */
	[0x102 - WB_FOLD_FIRST] = "A",	/* U+0102 LATIN CAPITAL LETTER A WITH BREVE */
	[0x103 - WB_FOLD_FIRST] = "A",	/* U+0103 LATIN SMALL LETTER A WITH BREVE */
	[0x104 - WB_FOLD_FIRST] = "A",	/* U+0104 LATIN CAPITAL LETTER A WITH OGONEK */
	[0x105 - WB_FOLD_FIRST] = "A",	/* U+0105 LATIN SMALL LETTER A WITH OGONEK */
	[0x106 - WB_FOLD_FIRST] = "C",	/* U+0106 LATIN CAPITAL LETTER C WITH ACUTE */
	[0x107 - WB_FOLD_FIRST] = "C",	/* U+0107 LATIN SMALL LETTER C WITH ACUTE */
	[0x108 - WB_FOLD_FIRST] = "C",	/* U+0108 LATIN CAPITAL LETTER C WITH CIRCUMFLEX */
	[0x109 - WB_FOLD_FIRST] = "C",	/* U+0109 LATIN SMALL LETTER C WITH CIRCUMFLEX */
	[0x10A - WB_FOLD_FIRST] = "C",	/* U+010A LATIN CAPITAL LETTER C WITH DOT ABOVE */
	[0x10B - WB_FOLD_FIRST] = "C",	/* U+010B LATIN SMALL LETTER C WITH DOT ABOVE */
	[0x10C - WB_FOLD_FIRST] = "C",	/* U+010C LATIN CAPITAL LETTER C WITH CARON */
	[0x10D - WB_FOLD_FIRST] = "C",	/* U+010D LATIN SMALL LETTER C WITH CARON */
	[0x10E - WB_FOLD_FIRST] = "D",	/* U+010E LATIN CAPITAL LETTER D WITH CARON */
	[0x10F - WB_FOLD_FIRST] = "D",	/* U+010F LATIN SMALL LETTER D WITH CARON */
	[0x110 - WB_FOLD_FIRST] = "D",	/* U+0110 LATIN CAPITAL LETTER D WITH STROKE */
	[0x111 - WB_FOLD_FIRST] = "D",	/* U+0111 LATIN SMALL LETTER D WITH STROKE */
	[0x112 - WB_FOLD_FIRST] = "E",	/* U+0112 LATIN CAPITAL LETTER E WITH MACRON */
	[0x113 - WB_FOLD_FIRST] = "E",	/* U+0113 LATIN SMALL LETTER E WITH MACRON */
	[0x114 - WB_FOLD_FIRST] = "E",	/* U+0114 LATIN CAPITAL LETTER E WITH BREVE */
	[0x115 - WB_FOLD_FIRST] = "E",	/* U+0115 LATIN SMALL LETTER E WITH BREVE */
	[0x116 - WB_FOLD_FIRST] = "E",	/* U+0116 LATIN CAPITAL LETTER E WITH DOT ABOVE */
	[0x117 - WB_FOLD_FIRST] = "E",	/* U+0117 LATIN SMALL LETTER E WITH DOT ABOVE */
	[0x118 - WB_FOLD_FIRST] = "E",	/* U+0118 LATIN CAPITAL LETTER E WITH OGONEK */
	[0x119 - WB_FOLD_FIRST] = "E",	/* U+0119 LATIN SMALL LETTER E WITH OGONEK */
	[0x11A - WB_FOLD_FIRST] = "E",	/* U+011A LATIN CAPITAL LETTER E WITH CARON */
	[0x11B - WB_FOLD_FIRST] = "E",	/* U+011B LATIN SMALL LETTER E WITH CARON */
	[0x11C - WB_FOLD_FIRST] = "G",	/* U+011C LATIN CAPITAL LETTER G WITH CIRCUMFLEX */
	[0x11D - WB_FOLD_FIRST] = "G",	/* U+011D LATIN SMALL LETTER G WITH CIRCUMFLEX */
	[0x11E - WB_FOLD_FIRST] = "G",	/* U+011E LATIN CAPITAL LETTER G WITH BREVE */
	[0x11F - WB_FOLD_FIRST] = "G",	/* U+011F LATIN SMALL LETTER G WITH BREVE */
	[0x120 - WB_FOLD_FIRST] = "G",	/* U+0120 LATIN CAPITAL LETTER G WITH DOT ABOVE */
	[0x121 - WB_FOLD_FIRST] = "G",	/* U+0121 LATIN SMALL LETTER G WITH DOT ABOVE */
	[0x122 - WB_FOLD_FIRST] = "G",	/* U+0122 LATIN CAPITAL LETTER G WITH CEDILLA */
	[0x123 - WB_FOLD_FIRST] = "G",	/* U+0123 LATIN SMALL LETTER G WITH CEDILLA */
	[0x124 - WB_FOLD_FIRST] = "H",	/* U+0124 LATIN CAPITAL LETTER H WITH CIRCUMFLEX */
	[0x125 - WB_FOLD_FIRST] = "H",	/* U+0125 LATIN SMALL LETTER H WITH CIRCUMFLEX */
	[0x126 - WB_FOLD_FIRST] = "H",	/* U+0126 LATIN CAPITAL LETTER H WITH STROKE */
	[0x127 - WB_FOLD_FIRST] = "H",	/* U+0127 LATIN SMALL LETTER H WITH STROKE */
	[0x128 - WB_FOLD_FIRST] = "I",	/* U+0128 LATIN CAPITAL LETTER I WITH TILDE */
	[0x129 - WB_FOLD_FIRST] = "I",	/* U+0129 LATIN SMALL LETTER I WITH TILDE */
	[0x12A - WB_FOLD_FIRST] = "I",	/* U+012A LATIN CAPITAL LETTER I WITH MACRON */
	[0x12B - WB_FOLD_FIRST] = "I",	/* U+012B LATIN SMALL LETTER I WITH MACRON */
	[0x12C - WB_FOLD_FIRST] = "I",	/* U+012C LATIN CAPITAL LETTER I WITH BREVE */
	[0x12D - WB_FOLD_FIRST] = "I",	/* U+012D LATIN SMALL LETTER I WITH BREVE */
	[0x12E - WB_FOLD_FIRST] = "I",	/* U+012E LATIN CAPITAL LETTER I WITH OGONEK */
	[0x12F - WB_FOLD_FIRST] = "I",	/* U+012F LATIN SMALL LETTER I WITH OGONEK */
	[0x130 - WB_FOLD_FIRST] = "I",	/* U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE */
	[0x131 - WB_FOLD_FIRST] = "I",	/* U+0131 LATIN SMALL LETTER DOTLESS I */
	[0x132 - WB_FOLD_FIRST] = "IJ",	/* U+0132 LATIN CAPITAL LIGATURE IJ */
	[0x133 - WB_FOLD_FIRST] = "IJ",	/* U+0133 LATIN SMALL LIGATURE IJ */
	[0x134 - WB_FOLD_FIRST] = "J",	/* U+0134 LATIN CAPITAL LETTER J WITH CIRCUMFLEX */
	[0x135 - WB_FOLD_FIRST] = "J",	/* U+0135 LATIN SMALL LETTER J WITH CIRCUMFLEX */
	[0x136 - WB_FOLD_FIRST] = "K",	/* U+0136 LATIN CAPITAL LETTER K WITH CEDILLA */
	[0x137 - WB_FOLD_FIRST] = "K",	/* U+0137 LATIN SMALL LETTER K WITH CEDILLA */
	[0x139 - WB_FOLD_FIRST] = "L",	/* U+0139 LATIN CAPITAL LETTER L WITH ACUTE */
	[0x13A - WB_FOLD_FIRST] = "L",	/* U+013A LATIN SMALL LETTER L WITH ACUTE */
	[0x13B - WB_FOLD_FIRST] = "L",	/* U+013B LATIN CAPITAL LETTER L WITH CEDILLA */
	[0x13C - WB_FOLD_FIRST] = "L",	/* U+013C LATIN SMALL LETTER L WITH CEDILLA */
	[0x13D - WB_FOLD_FIRST] = "L",	/* U+013D LATIN CAPITAL LETTER L WITH CARON */
	[0x13E - WB_FOLD_FIRST] = "L",	/* U+013E LATIN SMALL LETTER L WITH CARON */
	[0x13F - WB_FOLD_FIRST] = "L",	/* U+013F LATIN CAPITAL LETTER L WITH MIDDLE DOT */
	[0x140 - WB_FOLD_FIRST] = "L",	/* U+0140 LATIN SMALL LETTER L WITH MIDDLE DOT */
	[0x141 - WB_FOLD_FIRST] = "L",	/* U+0141 LATIN CAPITAL LETTER L WITH STROKE */
	[0x142 - WB_FOLD_FIRST] = "L",	/* U+0142 LATIN SMALL LETTER L WITH STROKE */
	[0x143 - WB_FOLD_FIRST] = "N",	/* U+0143 LATIN CAPITAL LETTER N WITH ACUTE */
	[0x144 - WB_FOLD_FIRST] = "N",	/* U+0144 LATIN SMALL LETTER N WITH ACUTE */
	[0x145 - WB_FOLD_FIRST] = "N",	/* U+0145 LATIN CAPITAL LETTER N WITH CEDILLA */
	[0x146 - WB_FOLD_FIRST] = "N",	/* U+0146 LATIN SMALL LETTER N WITH CEDILLA */
	[0x147 - WB_FOLD_FIRST] = "N",	/* U+0147 LATIN CAPITAL LETTER N WITH CARON */
	[0x148 - WB_FOLD_FIRST] = "N",	/* U+0148 LATIN SMALL LETTER N WITH CARON */
	[0x149 - WB_FOLD_FIRST] = "N",	/* U+0149 LATIN SMALL LETTER N PRECEDED BY APOSTROPHE */
	[0x14C - WB_FOLD_FIRST] = "O",	/* U+014C LATIN CAPITAL LETTER O WITH MACRON */
	[0x14D - WB_FOLD_FIRST] = "O",	/* U+014D LATIN SMALL LETTER O WITH MACRON */
	[0x14E - WB_FOLD_FIRST] = "O",	/* U+014E LATIN CAPITAL LETTER O WITH BREVE */
	[0x14F - WB_FOLD_FIRST] = "O",	/* U+014F LATIN SMALL LETTER O WITH BREVE */
	[0x150 - WB_FOLD_FIRST] = "O",	/* U+0150 LATIN CAPITAL LETTER O WITH DOUBLE ACUTE */
	[0x151 - WB_FOLD_FIRST] = "O",	/* U+0151 LATIN SMALL LETTER O WITH DOUBLE ACUTE */
	[0x152 - WB_FOLD_FIRST] = "OE",	/* U+0152 LATIN CAPITAL LIGATURE OE */
	[0x153 - WB_FOLD_FIRST] = "OE",	/* U+0153 LATIN SMALL LIGATURE OE */
	[0x154 - WB_FOLD_FIRST] = "R",	/* U+0154 LATIN CAPITAL LETTER R WITH ACUTE */
	[0x155 - WB_FOLD_FIRST] = "R",	/* U+0155 LATIN SMALL LETTER R WITH ACUTE */
	[0x156 - WB_FOLD_FIRST] = "R",	/* U+0156 LATIN CAPITAL LETTER R WITH CEDILLA */
	[0x157 - WB_FOLD_FIRST] = "R",	/* U+0157 LATIN SMALL LETTER R WITH CEDILLA */
	[0x158 - WB_FOLD_FIRST] = "R",	/* U+0158 LATIN CAPITAL LETTER R WITH CARON */
	[0x159 - WB_FOLD_FIRST] = "R",	/* U+0159 LATIN SMALL LETTER R WITH CARON */
	[0x15A - WB_FOLD_FIRST] = "S",	/* U+015A LATIN CAPITAL LETTER S WITH ACUTE */
	[0x15B - WB_FOLD_FIRST] = "S",	/* U+015B LATIN SMALL LETTER S WITH ACUTE */
	[0x15C - WB_FOLD_FIRST] = "S",	/* U+015C LATIN CAPITAL LETTER S WITH CIRCUMFLEX */
	[0x15D - WB_FOLD_FIRST] = "S",	/* U+015D LATIN SMALL LETTER S WITH CIRCUMFLEX */
	[0x15E - WB_FOLD_FIRST] = "S",	/* U+015E LATIN CAPITAL LETTER S WITH CEDILLA */
	[0x15F - WB_FOLD_FIRST] = "S",	/* U+015F LATIN SMALL LETTER S WITH CEDILLA */
	[0x160 - WB_FOLD_FIRST] = "S",	/* U+0160 LATIN CAPITAL LETTER S WITH CARON */
	[0x161 - WB_FOLD_FIRST] = "S",	/* U+0161 LATIN SMALL LETTER S WITH CARON */
	[0x162 - WB_FOLD_FIRST] = "T",	/* U+0162 LATIN CAPITAL LETTER T WITH CEDILLA */
	[0x163 - WB_FOLD_FIRST] = "T",	/* U+0163 LATIN SMALL LETTER T WITH CEDILLA */
	[0x164 - WB_FOLD_FIRST] = "T",	/* U+0164 LATIN CAPITAL LETTER T WITH CARON */
	[0x165 - WB_FOLD_FIRST] = "T",	/* U+0165 LATIN SMALL LETTER T WITH CARON */
	[0x166 - WB_FOLD_FIRST] = "T",	/* U+0166 LATIN CAPITAL LETTER T WITH STROKE */
	[0x167 - WB_FOLD_FIRST] = "T",	/* U+0167 LATIN SMALL LETTER T WITH STROKE */
	[0x168 - WB_FOLD_FIRST] = "U",	/* U+0168 LATIN CAPITAL LETTER U WITH TILDE */
	[0x169 - WB_FOLD_FIRST] = "U",	/* U+0169 LATIN SMALL LETTER U WITH TILDE */
	[0x16A - WB_FOLD_FIRST] = "U",	/* U+016A LATIN CAPITAL LETTER U WITH MACRON */
	[0x16B - WB_FOLD_FIRST] = "U",	/* U+016B LATIN SMALL LETTER U WITH MACRON */
	[0x16C - WB_FOLD_FIRST] = "U",	/* U+016C LATIN CAPITAL LETTER U WITH BREVE */
	[0x16D - WB_FOLD_FIRST] = "U",	/* U+016D LATIN SMALL LETTER U WITH BREVE */
	[0x16E - WB_FOLD_FIRST] = "U",	/* U+016E LATIN CAPITAL LETTER U WITH RING ABOVE */
	[0x16F - WB_FOLD_FIRST] = "U",	/* U+016F LATIN SMALL LETTER U WITH RING ABOVE */
	[0x170 - WB_FOLD_FIRST] = "U",	/* U+0170 LATIN CAPITAL LETTER U WITH DOUBLE ACUTE */
	[0x171 - WB_FOLD_FIRST] = "U",	/* U+0171 LATIN SMALL LETTER U WITH DOUBLE ACUTE */
	[0x172 - WB_FOLD_FIRST] = "U",	/* U+0172 LATIN CAPITAL LETTER U WITH OGONEK */
	[0x173 - WB_FOLD_FIRST] = "U",	/* U+0173 LATIN SMALL LETTER U WITH OGONEK */
	[0x174 - WB_FOLD_FIRST] = "W",	/* U+0174 LATIN CAPITAL LETTER W WITH CIRCUMFLEX */
	[0x175 - WB_FOLD_FIRST] = "W",	/* U+0175 LATIN SMALL LETTER W WITH CIRCUMFLEX */
	[0x176 - WB_FOLD_FIRST] = "Y",	/* U+0176 LATIN CAPITAL LETTER Y WITH CIRCUMFLEX */
	[0x177 - WB_FOLD_FIRST] = "Y",	/* U+0177 LATIN SMALL LETTER Y WITH CIRCUMFLEX */
	[0x178 - WB_FOLD_FIRST] = "Y",	/* U+0178 LATIN CAPITAL LETTER Y WITH DIAERESIS */
	[0x179 - WB_FOLD_FIRST] = "Z",	/* U+0179 LATIN CAPITAL LETTER Z WITH ACUTE */
	[0x17A - WB_FOLD_FIRST] = "Z",	/* U+017A LATIN SMALL LETTER Z WITH ACUTE */
	[0x17B - WB_FOLD_FIRST] = "Z",	/* U+017B LATIN CAPITAL LETTER Z WITH DOT ABOVE */
	[0x17C - WB_FOLD_FIRST] = "Z",	/* U+017C LATIN SMALL LETTER Z WITH DOT ABOVE */
	[0x17D - WB_FOLD_FIRST] = "Z",	/* U+017D LATIN CAPITAL LETTER Z WITH CARON */
	[0x17E - WB_FOLD_FIRST] = "Z",	/* U+017E LATIN SMALL LETTER Z WITH CARON */
	[0x17F - WB_FOLD_FIRST] = "S",	/* U+017F LATIN SMALL LETTER LONG S */
	[0x1A0 - WB_FOLD_FIRST] = "O",	/* U+01A0 LATIN CAPITAL LETTER O WITH HORN */
	[0x1A1 - WB_FOLD_FIRST] = "O",	/* U+01A1 LATIN SMALL LETTER O WITH HORN */
	[0x1AF - WB_FOLD_FIRST] = "U",	/* U+01AF LATIN CAPITAL LETTER U WITH HORN */
	[0x1B0 - WB_FOLD_FIRST] = "U",	/* U+01B0 LATIN SMALL LETTER U WITH HORN */
	[0x1C4 - WB_FOLD_FIRST] = "DZ",	/* U+01C4 LATIN CAPITAL LETTER DZ WITH CARON */
	[0x1C5 - WB_FOLD_FIRST] = "DZ",	/* U+01C5 LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON */
	[0x1C6 - WB_FOLD_FIRST] = "DZ",	/* U+01C6 LATIN SMALL LETTER DZ WITH CARON */
	[0x1C7 - WB_FOLD_FIRST] = "LJ",	/* U+01C7 LATIN CAPITAL LETTER LJ */
	[0x1C8 - WB_FOLD_FIRST] = "LJ",	/* U+01C8 LATIN CAPITAL LETTER L WITH SMALL LETTER J */
	[0x1C9 - WB_FOLD_FIRST] = "LJ",	/* U+01C9 LATIN SMALL LETTER LJ */
	[0x1CA - WB_FOLD_FIRST] = "NJ",	/* U+01CA LATIN CAPITAL LETTER NJ */
	[0x1CB - WB_FOLD_FIRST] = "NJ",	/* U+01CB LATIN CAPITAL LETTER N WITH SMALL LETTER J */
	[0x1CC - WB_FOLD_FIRST] = "NJ",	/* U+01CC LATIN SMALL LETTER NJ */
	[0x1CD - WB_FOLD_FIRST] = "A",	/* U+01CD LATIN CAPITAL LETTER A WITH CARON */
	[0x1CE - WB_FOLD_FIRST] = "A",	/* U+01CE LATIN SMALL LETTER A WITH CARON */
	[0x1CF - WB_FOLD_FIRST] = "I",	/* U+01CF LATIN CAPITAL LETTER I WITH CARON */
	[0x1D0 - WB_FOLD_FIRST] = "I",	/* U+01D0 LATIN SMALL LETTER I WITH CARON */
	[0x1D1 - WB_FOLD_FIRST] = "O",	/* U+01D1 LATIN CAPITAL LETTER O WITH CARON */
	[0x1D2 - WB_FOLD_FIRST] = "O",	/* U+01D2 LATIN SMALL LETTER O WITH CARON */
	[0x1D3 - WB_FOLD_FIRST] = "U",	/* U+01D3 LATIN CAPITAL LETTER U WITH CARON */
	[0x1D4 - WB_FOLD_FIRST] = "U",	/* U+01D4 LATIN SMALL LETTER U WITH CARON */
	[0x1D5 - WB_FOLD_FIRST] = "U",	/* U+01D5 LATIN CAPITAL LETTER U WITH DIAERESIS AND MACRON */
	[0x1D6 - WB_FOLD_FIRST] = "U",	/* U+01D6 LATIN SMALL LETTER U WITH DIAERESIS AND MACRON */
	[0x1D7 - WB_FOLD_FIRST] = "U",	/* U+01D7 LATIN CAPITAL LETTER U WITH DIAERESIS AND ACUTE */
	[0x1D8 - WB_FOLD_FIRST] = "U",	/* U+01D8 LATIN SMALL LETTER U WITH DIAERESIS AND ACUTE */
	[0x1D9 - WB_FOLD_FIRST] = "U",	/* U+01D9 LATIN CAPITAL LETTER U WITH DIAERESIS AND CARON */
	[0x1DA - WB_FOLD_FIRST] = "U",	/* U+01DA LATIN SMALL LETTER U WITH DIAERESIS AND CARON */
	[0x1DB - WB_FOLD_FIRST] = "U",	/* U+01DB LATIN CAPITAL LETTER U WITH DIAERESIS AND GRAVE */
	[0x1DC - WB_FOLD_FIRST] = "U",	/* U+01DC LATIN SMALL LETTER U WITH DIAERESIS AND GRAVE */
	[0x1DE - WB_FOLD_FIRST] = "A",	/* U+01DE LATIN CAPITAL LETTER A WITH DIAERESIS AND MACRON */
	[0x1DF - WB_FOLD_FIRST] = "A",	/* U+01DF LATIN SMALL LETTER A WITH DIAERESIS AND MACRON */
	[0x1E0 - WB_FOLD_FIRST] = "A",	/* U+01E0 LATIN CAPITAL LETTER A WITH DOT ABOVE AND MACRON */
	[0x1E1 - WB_FOLD_FIRST] = "A",	/* U+01E1 LATIN SMALL LETTER A WITH DOT ABOVE AND MACRON */
	[0x1E6 - WB_FOLD_FIRST] = "G",	/* U+01E6 LATIN CAPITAL LETTER G WITH CARON */
	[0x1E7 - WB_FOLD_FIRST] = "G",	/* U+01E7 LATIN SMALL LETTER G WITH CARON */
	[0x1E8 - WB_FOLD_FIRST] = "K",	/* U+01E8 LATIN CAPITAL LETTER K WITH CARON */
	[0x1E9 - WB_FOLD_FIRST] = "K",	/* U+01E9 LATIN SMALL LETTER K WITH CARON */
	[0x1EA - WB_FOLD_FIRST] = "O",	/* U+01EA LATIN CAPITAL LETTER O WITH OGONEK */
	[0x1EB - WB_FOLD_FIRST] = "O",	/* U+01EB LATIN SMALL LETTER O WITH OGONEK */
	[0x1EC - WB_FOLD_FIRST] = "O",	/* U+01EC LATIN CAPITAL LETTER O WITH OGONEK AND MACRON */
	[0x1ED - WB_FOLD_FIRST] = "O",	/* U+01ED LATIN SMALL LETTER O WITH OGONEK AND MACRON */
	[0x1F0 - WB_FOLD_FIRST] = "J",	/* U+01F0 LATIN SMALL LETTER J WITH CARON */
	[0x1F1 - WB_FOLD_FIRST] = "DZ",	/* U+01F1 LATIN CAPITAL LETTER DZ */
	[0x1F2 - WB_FOLD_FIRST] = "DZ",	/* U+01F2 LATIN CAPITAL LETTER D WITH SMALL LETTER Z */
	[0x1F3 - WB_FOLD_FIRST] = "DZ",	/* U+01F3 LATIN SMALL LETTER DZ */
	[0x1F4 - WB_FOLD_FIRST] = "G",	/* U+01F4 LATIN CAPITAL LETTER G WITH ACUTE */
	[0x1F5 - WB_FOLD_FIRST] = "G",	/* U+01F5 LATIN SMALL LETTER G WITH ACUTE */
	[0x1F8 - WB_FOLD_FIRST] = "N",	/* U+01F8 LATIN CAPITAL LETTER N WITH GRAVE */
	[0x1F9 - WB_FOLD_FIRST] = "N",	/* U+01F9 LATIN SMALL LETTER N WITH GRAVE */
	[0x1FA - WB_FOLD_FIRST] = "A",	/* U+01FA LATIN CAPITAL LETTER A WITH RING ABOVE AND ACUTE */
	[0x1FB - WB_FOLD_FIRST] = "A",	/* U+01FB LATIN SMALL LETTER A WITH RING ABOVE AND ACUTE */
	[0x200 - WB_FOLD_FIRST] = "A",	/* U+0200 LATIN CAPITAL LETTER A WITH DOUBLE GRAVE */
	[0x201 - WB_FOLD_FIRST] = "A",	/* U+0201 LATIN SMALL LETTER A WITH DOUBLE GRAVE */
	[0x202 - WB_FOLD_FIRST] = "A",	/* U+0202 LATIN CAPITAL LETTER A WITH INVERTED BREVE */
	[0x203 - WB_FOLD_FIRST] = "A",	/* U+0203 LATIN SMALL LETTER A WITH INVERTED BREVE */
	[0x204 - WB_FOLD_FIRST] = "E",	/* U+0204 LATIN CAPITAL LETTER E WITH DOUBLE GRAVE */
	[0x205 - WB_FOLD_FIRST] = "E",	/* U+0205 LATIN SMALL LETTER E WITH DOUBLE GRAVE */
	[0x206 - WB_FOLD_FIRST] = "E",	/* U+0206 LATIN CAPITAL LETTER E WITH INVERTED BREVE */
	[0x207 - WB_FOLD_FIRST] = "E",	/* U+0207 LATIN SMALL LETTER E WITH INVERTED BREVE */
	[0x208 - WB_FOLD_FIRST] = "I",	/* U+0208 LATIN CAPITAL LETTER I WITH DOUBLE GRAVE */
	[0x209 - WB_FOLD_FIRST] = "I",	/* U+0209 LATIN SMALL LETTER I WITH DOUBLE GRAVE */
	[0x20A - WB_FOLD_FIRST] = "I",	/* U+020A LATIN CAPITAL LETTER I WITH INVERTED BREVE */
	[0x20B - WB_FOLD_FIRST] = "I",	/* U+020B LATIN SMALL LETTER I WITH INVERTED BREVE */
	[0x20C - WB_FOLD_FIRST] = "O",	/* U+020C LATIN CAPITAL LETTER O WITH DOUBLE GRAVE */
	[0x20D - WB_FOLD_FIRST] = "O",	/* U+020D LATIN SMALL LETTER O WITH DOUBLE GRAVE */
	[0x20E - WB_FOLD_FIRST] = "O",	/* U+020E LATIN CAPITAL LETTER O WITH INVERTED BREVE */
	[0x20F - WB_FOLD_FIRST] = "O",	/* U+020F LATIN SMALL LETTER O WITH INVERTED BREVE */
	[0x210 - WB_FOLD_FIRST] = "R",	/* U+0210 LATIN CAPITAL LETTER R WITH DOUBLE GRAVE */
	[0x211 - WB_FOLD_FIRST] = "R",	/* U+0211 LATIN SMALL LETTER R WITH DOUBLE GRAVE */
	[0x212 - WB_FOLD_FIRST] = "R",	/* U+0212 LATIN CAPITAL LETTER R WITH INVERTED BREVE */
	[0x213 - WB_FOLD_FIRST] = "R",	/* U+0213 LATIN SMALL LETTER R WITH INVERTED BREVE */
	[0x214 - WB_FOLD_FIRST] = "U",	/* U+0214 LATIN CAPITAL LETTER U WITH DOUBLE GRAVE */
	[0x215 - WB_FOLD_FIRST] = "U",	/* U+0215 LATIN SMALL LETTER U WITH DOUBLE GRAVE */
	[0x216 - WB_FOLD_FIRST] = "U",	/* U+0216 LATIN CAPITAL LETTER U WITH INVERTED BREVE */
	[0x217 - WB_FOLD_FIRST] = "U",	/* U+0217 LATIN SMALL LETTER U WITH INVERTED BREVE */
	[0x218 - WB_FOLD_FIRST] = "S",	/* U+0218 LATIN CAPITAL LETTER S WITH COMMA BELOW */
	[0x219 - WB_FOLD_FIRST] = "S",	/* U+0219 LATIN SMALL LETTER S WITH COMMA BELOW */
	[0x21A - WB_FOLD_FIRST] = "T",	/* U+021A LATIN CAPITAL LETTER T WITH COMMA BELOW */
	[0x21B - WB_FOLD_FIRST] = "T",	/* U+021B LATIN SMALL LETTER T WITH COMMA BELOW */
	[0x21E - WB_FOLD_FIRST] = "H",	/* U+021E LATIN CAPITAL LETTER H WITH CARON */
	[0x21F - WB_FOLD_FIRST] = "H",	/* U+021F LATIN SMALL LETTER H WITH CARON */
	[0x226 - WB_FOLD_FIRST] = "A",	/* U+0226 LATIN CAPITAL LETTER A WITH DOT ABOVE */
	[0x227 - WB_FOLD_FIRST] = "A",	/* U+0227 LATIN SMALL LETTER A WITH DOT ABOVE */
	[0x228 - WB_FOLD_FIRST] = "E",	/* U+0228 LATIN CAPITAL LETTER E WITH CEDILLA */
	[0x229 - WB_FOLD_FIRST] = "E",	/* U+0229 LATIN SMALL LETTER E WITH CEDILLA */
	[0x22A - WB_FOLD_FIRST] = "O",	/* U+022A LATIN CAPITAL LETTER O WITH DIAERESIS AND MACRON */
	[0x22B - WB_FOLD_FIRST] = "O",	/* U+022B LATIN SMALL LETTER O WITH DIAERESIS AND MACRON */
	[0x22C - WB_FOLD_FIRST] = "O",	/* U+022C LATIN CAPITAL LETTER O WITH TILDE AND MACRON */
	[0x22D - WB_FOLD_FIRST] = "O",	/* U+022D LATIN SMALL LETTER O WITH TILDE AND MACRON */
	[0x22E - WB_FOLD_FIRST] = "O",	/* U+022E LATIN CAPITAL LETTER O WITH DOT ABOVE */
	[0x22F - WB_FOLD_FIRST] = "O",	/* U+022F LATIN SMALL LETTER O WITH DOT ABOVE */
	[0x230 - WB_FOLD_FIRST] = "O",	/* U+0230 LATIN CAPITAL LETTER O WITH DOT ABOVE AND MACRON */
	[0x231 - WB_FOLD_FIRST] = "O",	/* U+0231 LATIN SMALL LETTER O WITH DOT ABOVE AND MACRON */
	[0x232 - WB_FOLD_FIRST] = "Y",	/* U+0232 LATIN CAPITAL LETTER Y WITH MACRON */
	[0x233 - WB_FOLD_FIRST] = "Y",	/* U+0233 LATIN SMALL LETTER Y WITH MACRON */
};

/*
 * Spelling keys of codes, alpha-3 codes, English and Spanish names and
 * aliases, sorted by their bytes (strcmp order) for a binary search.
 * 1269 keys.
 */
typedef struct wb_country_key
{
	const char *key;
	const char	code[3];
} wb_country_key;

#define WB_COUNTRY_KEY_MAX 45	/* bytes of the longest key */

static const wb_country_key wb_country_keys[] = {
	{"ABW", "AW"},
	{"AC", "AC"},
	{"AD", "AD"},
	{"AE", "AE"},
	{"AF", "AF"},
	{"AFG", "AF"},
	{"AFGANISTAN", "AF"},
	{"AFGHANISTAN", "AF"},
	{"AG", "AG"},
	{"AGO", "AO"},
	{"AI", "AI"},
	{"AIA", "AI"},
	{"AL", "AL"},
	{"ALA", "AX"},
	{"ALANDISLANDS", "AX"},
	{"ALB", "AL"},
	{"ALBANIA", "AL"},
	{"ALEMANIA", "DE"},
	{"ALGERIA", "DZ"},
	{"AM", "AM"},
	{"AMERICANSAMOA", "AS"},
	{"AND", "AD"},
	{"ANDORRA", "AD"},
	{"ANGOLA", "AO"},
	{"ANGUILA", "AI"},
	{"ANGUILLA", "AI"},
	{"ANTARCTICA", "AQ"},
	{"ANTARTIDA", "AQ"},
	{"ANTIGUAANDBARBUDA", "AG"},
	{"ANTIGUAYBARBUDA", "AG"},
	{"AO", "AO"},
	{"AQ", "AQ"},
	{"AR", "AR"},
	{"ARABIASAUDI", "SA"},
	{"ARABIASAUDITA", "SA"},
	{"ARABREPUBLICOFEGYPT", "EG"},
	{"ARE", "AE"},
	{"ARG", "AR"},
	{"ARGENTINA", "AR"},
	{"ARGENTINEREPUBLIC", "AR"},
	{"ARM", "AM"},
	{"ARMENIA", "AM"},
	{"ARUBA", "AW"},
	{"AS", "AS"},
	{"ASC", "AC"},
	{"ASCENSIONISLAND", "AC"},
	{"ASM", "AS"},
	{"AT", "AT"},
	{"ATA", "AQ"},
	{"ATF", "TF"},
	{"ATG", "AG"},
	{"AU", "AU"},
	{"AUS", "AU"},
	{"AUSTRALIA", "AU"},
	{"AUSTRIA", "AT"},
	{"AUT", "AT"},
	{"AW", "AW"},
	{"AX", "AX"},
	{"AZ", "AZ"},
	{"AZE", "AZ"},
	{"AZERBAIJAN", "AZ"},
	{"AZERBAIYAN", "AZ"},
	{"BA", "BA"},
	{"BAHAMAS", "BS"},
	{"BAHRAIN", "BH"},
	{"BANGLADES", "BD"},
	{"BANGLADESH", "BD"},
	{"BARBADOS", "BB"},
	{"BAREIN", "BH"},
	{"BB", "BB"},
	{"BD", "BD"},
	{"BDI", "BI"},
	{"BE", "BE"},
	{"BEL", "BE"},
	{"BELARUS", "BY"},
	{"BELGICA", "BE"},
	{"BELGIUM", "BE"},
	{"BELICE", "BZ"},
	{"BELIZE", "BZ"},
	{"BEN", "BJ"},
	{"BENIN", "BJ"},
	{"BERMUDA", "BM"},
	{"BES", "BQ"},
	{"BF", "BF"},
	{"BFA", "BF"},
	{"BG", "BG"},
	{"BGD", "BD"},
	{"BGR", "BG"},
	{"BH", "BH"},
	{"BHR", "BH"},
	{"BHS", "BS"},
	{"BHUTAN", "BT"},
	{"BI", "BI"},
	{"BIELORRUSIA", "BY"},
	{"BIH", "BA"},
	{"BIRMANIA", "MM"},
	{"BJ", "BJ"},
	{"BL", "BL"},
	{"BLM", "BL"},
	{"BLR", "BY"},
	{"BLZ", "BZ"},
	{"BM", "BM"},
	{"BMU", "BM"},
	{"BN", "BN"},
	{"BO", "BO"},
	{"BOL", "BO"},
	{"BOLIVARIANREPUBLICOFVENEZUELA", "VE"},
	{"BOLIVIA", "BO"},
	{"BOLIVIAESTADOPLURINACIONALDE", "BO"},
	{"BOLIVIAPLURINATIONALSTATEOF", "BO"},
	{"BONAIRESINTEUSTATIUSANDSABA", "BQ"},
	{"BOSNIAANDHERZEGOVINA", "BA"},
	{"BOSNIAYHERZEGOVINA", "BA"},
	{"BOTSUANA", "BW"},
	{"BOTSWANA", "BW"},
	{"BOUVETISLAND", "BV"},
	{"BQ", "BQ"},
	{"BR", "BR"},
	{"BRA", "BR"},
	{"BRASIL", "BR"},
	{"BRAZIL", "BR"},
	{"BRB", "BB"},
	{"BRITISHINDIANOCEANTERRITORY", "IO"},
	{"BRITISHVIRGINISLANDS", "VG"},
	{"BRN", "BN"},
	{"BRUNEIDARUSSALAM", "BN"},
	{"BS", "BS"},
	{"BT", "BT"},
	{"BTN", "BT"},
	{"BULGARIA", "BG"},
	{"BURKINAFASO", "BF"},
	{"BURMA", "MM"},
	{"BURQUINAFASO", "BF"},
	{"BURUNDI", "BI"},
	{"BUTAN", "BT"},
	{"BV", "BV"},
	{"BVT", "BV"},
	{"BW", "BW"},
	{"BWA", "BW"},
	{"BY", "BY"},
	{"BZ", "BZ"},
	{"CA", "CA"},
	{"CABOVERDE", "CV"},
	{"CAF", "CF"},
	{"CAMBODIA", "KH"},
	{"CAMBOYA", "KH"},
	{"CAMEROON", "CM"},
	{"CAMERUN", "CM"},
	{"CAN", "CA"},
	{"CANADA", "CA"},
	{"CAPEVERDE", "CV"},
	{"CATAR", "QA"},
	{"CAYMANISLANDS", "KY"},
	{"CC", "CC"},
	{"CCK", "CC"},
	{"CD", "CD"},
	{"CENTRALAFRICANREPUBLIC", "CF"},
	{"CF", "CF"},
	{"CG", "CG"},
	{"CH", "CH"},
	{"CHAD", "TD"},
	{"CHE", "CH"},
	{"CHEQUIA", "CZ"},
	{"CHILE", "CL"},
	{"CHINA", "CN"},
	{"CHIPRE", "CY"},
	{"CHL", "CL"},
	{"CHN", "CN"},
	{"CHRISTMASISLAND", "CX"},
	{"CI", "CI"},
	{"CIV", "CI"},
	{"CK", "CK"},
	{"CL", "CL"},
	{"CM", "CM"},
	{"CMR", "CM"},
	{"CN", "CN"},
	{"CO", "CO"},
	{"COCOSKEELINGISLANDS", "CC"},
	{"COD", "CD"},
	{"COG", "CG"},
	{"COK", "CK"},
	{"COL", "CO"},
	{"COLOMBIA", "CO"},
	{"COM", "KM"},
	{"COMMONWEALTHDEDOMINICA", "DM"},
	{"COMMONWEALTHDELASBAHAMAS", "BS"},
	{"COMMONWEALTHDELASISLASMARIANASDELNORTE", "MP"},
	{"COMMONWEALTHOFDOMINICA", "DM"},
	{"COMMONWEALTHOFTHEBAHAMAS", "BS"},
	{"COMMONWEALTHOFTHENORTHERNMARIANAISLANDS", "MP"},
	{"COMORESISLAS", "KM"},
	{"COMOROS", "KM"},
	{"CONFEDERACIONSUIZA", "CH"},
	{"CONGO", "CG"},
	{"CONGOREPUBLICADEMOCRATICADEL", "CD"},
	{"CONGOTHEDEMOCRATICREPUBLICOFTHE", "CD"},
	{"COOKISLANDS", "CK"},
	{"COREADELNORTE", "KP"},
	{"COREADELSUR", "KR"},
	{"COREAREPUBLICADE", "KR"},
	{"COREAREPUBLICADEMOCRATICAPOPULARDE", "KP"},
	{"COSTADEMARFIL", "CI"},
	{"COSTARICA", "CR"},
	{"COTEDIVOIRE", "CI"},
	{"CPV", "CV"},
	{"CR", "CR"},
	{"CRI", "CR"},
	{"CROACIA", "HR"},
	{"CROATIA", "HR"},
	{"CU", "CU"},
	{"CUB", "CU"},
	{"CUBA", "CU"},
	{"CURACAO", "CW"},
	{"CURAZAO", "CW"},
	{"CUW", "CW"},
	{"CV", "CV"},
	{"CW", "CW"},
	{"CX", "CX"},
	{"CXR", "CX"},
	{"CY", "CY"},
	{"CYM", "KY"},
	{"CYP", "CY"},
	{"CYPRUS", "CY"},
	{"CZ", "CZ"},
	{"CZE", "CZ"},
	{"CZECHIA", "CZ"},
	{"CZECHREPUBLIC", "CZ"},
	{"DE", "DE"},
	{"DEMOCRATICPEOPLESREPUBLICOFKOREA", "KP"},
	{"DEMOCRATICREPUBLICOFSAOTOMEANDPRINCIPE", "ST"},
	{"DEMOCRATICREPUBLICOFTIMORLESTE", "TL"},
	{"DEMOCRATICSOCIALISTREPUBLICOFSRILANKA", "LK"},
	{"DENMARK", "DK"},
	{"DEU", "DE"},
	{"DINAMARCA", "DK"},
	{"DJ", "DJ"},
	{"DJI", "DJ"},
	{"DJIBOUTI", "DJ"},
	{"DK", "DK"},
	{"DM", "DM"},
	{"DMA", "DM"},
	{"DNK", "DK"},
	{"DO", "DO"},
	{"DOM", "DO"},
	{"DOMINICA", "DM"},
	{"DOMINICANREPUBLIC", "DO"},
	{"DZ", "DZ"},
	{"DZA", "DZ"},
	{"EASTERNREPUBLICOFURUGUAY", "UY"},
	{"EAU", "AE"},
	{"EC", "EC"},
	{"ECU", "EC"},
	{"ECUADOR", "EC"},
	{"EE", "EE"},
	{"EEUU", "US"},
	{"EG", "EG"},
	{"EGIPTO", "EG"},
	{"EGY", "EG"},
	{"EGYPT", "EG"},
	{"EH", "EH"},
	{"ELSALVADOR", "SV"},
	{"EMIRATOSARABESUNIDOS", "AE"},
	{"EQUATORIALGUINEA", "GQ"},
	{"ER", "ER"},
	{"ERI", "ER"},
	{"ERITREA", "ER"},
	{"ES", "ES"},
	{"ESH", "EH"},
	{"ESLOVAQUIA", "SK"},
	{"ESLOVENIA", "SI"},
	{"ESP", "ES"},
	{"ESPANA", "ES"},
	{"EST", "EE"},
	{"ESTADODEERITREA", "ER"},
	{"ESTADODEISRAEL", "IL"},
	{"ESTADODEKUWAIT", "KW"},
	{"ESTADODEPALESTINA", "PS"},
	{"ESTADODEQATAR", "QA"},
	{"ESTADOINDEPENDIENTEDEPAPUANUEVAGUINEA", "PG"},
	{"ESTADOINDEPENDIENTEDESAMOA", "WS"},
	{"ESTADOPLURINACIONALDEBOLIVIA", "BO"},
	{"ESTADOSFEDERADOSDEMICRONESIA", "FM"},
	{"ESTADOSUNIDOS", "US"},
	{"ESTADOSUNIDOSDEAMERICA", "US"},
	{"ESTADOSUNIDOSMEXICANOS", "MX"},
	{"ESTONIA", "EE"},
	{"ESUATINI", "SZ"},
	{"ESWATINI", "SZ"},
	{"ET", "ET"},
	{"ETH", "ET"},
	{"ETHIOPIA", "ET"},
	{"ETIOPIA", "ET"},
	{"FALKLANDISLANDSMALVINAS", "FK"},
	{"FAROEISLANDS", "FO"},
	{"FEDERACIONRUSA", "RU"},
	{"FEDERALDEMOCRATICREPUBLICOFETHIOPIA", "ET"},
	{"FEDERALDEMOCRATICREPUBLICOFNEPAL", "NP"},
	{"FEDERALREPUBLICOFGERMANY", "DE"},
	{"FEDERALREPUBLICOFNIGERIA", "NG"},
	{"FEDERALREPUBLICOFSOMALIA", "SO"},
	{"FEDERATEDSTATESOFMICRONESIA", "FM"},
	{"FEDERATIVEREPUBLICOFBRAZIL", "BR"},
	{"FI", "FI"},
	{"FIJI", "FJ"},
	{"FILIPINAS", "PH"},
	{"FIN", "FI"},
	{"FINLAND", "FI"},
	{"FINLANDIA", "FI"},
	{"FIYI", "FJ"},
	{"FJ", "FJ"},
	{"FJI", "FJ"},
	{"FK", "FK"},
	{"FLK", "FK"},
	{"FM", "FM"},
	{"FO", "FO"},
	{"FR", "FR"},
	{"FRA", "FR"},
	{"FRANCE", "FR"},
	{"FRANCIA", "FR"},
	{"FRENCHGUIANA", "GF"},
	{"FRENCHPOLYNESIA", "PF"},
	{"FRENCHREPUBLIC", "FR"},
	{"FRENCHSOUTHERNTERRITORIES", "TF"},
	{"FRO", "FO"},
	{"FSM", "FM"},
	{"GA", "GA"},
	{"GAB", "GA"},
	{"GABON", "GA"},
	{"GABONESEREPUBLIC", "GA"},
	{"GAMBIA", "GM"},
	{"GB", "GB"},
	{"GBR", "GB"},
	{"GD", "GD"},
	{"GE", "GE"},
	{"GEO", "GE"},
	{"GEORGIA", "GE"},
	{"GERMANY", "DE"},
	{"GF", "GF"},
	{"GG", "GG"},
	{"GGY", "GG"},
	{"GH", "GH"},
	{"GHA", "GH"},
	{"GHANA", "GH"},
	{"GI", "GI"},
	{"GIB", "GI"},
	{"GIBRALTAR", "GI"},
	{"GIN", "GN"},
	{"GL", "GL"},
	{"GLP", "GP"},
	{"GM", "GM"},
	{"GMB", "GM"},
	{"GN", "GN"},
	{"GNB", "GW"},
	{"GNQ", "GQ"},
	{"GP", "GP"},
	{"GQ", "GQ"},
	{"GR", "GR"},
	{"GRANADA", "GD"},
	{"GRANBRETANA", "GB"},
	{"GRANDDUCHYOFLUXEMBOURG", "LU"},
	{"GRANDUCADODELUXEMBURGO", "LU"},
	{"GRC", "GR"},
	{"GRD", "GD"},
	{"GREATBRITAIN", "GB"},
	{"GRECIA", "GR"},
	{"GREECE", "GR"},
	{"GREENLAND", "GL"},
	{"GRENADA", "GD"},
	{"GRL", "GL"},
	{"GROENLANDIA", "GL"},
	{"GS", "GS"},
	{"GT", "GT"},
	{"GTM", "GT"},
	{"GU", "GU"},
	{"GUADALUPE", "GP"},
	{"GUADELOUPE", "GP"},
	{"GUAM", "GU"},
	{"GUATEMALA", "GT"},
	{"GUAYANAFRANCESA", "GF"},
	{"GUERNSEY", "GG"},
	{"GUF", "GF"},
	{"GUINEA", "GN"},
	{"GUINEABISAU", "GW"},
	{"GUINEABISSAU", "GW"},
	{"GUINEAECUATORIAL", "GQ"},
	{"GUM", "GU"},
	{"GUY", "GY"},
	{"GUYANA", "GY"},
	{"GW", "GW"},
	{"GY", "GY"},
	{"HAITI", "HT"},
	{"HASHEMITEKINGDOMOFJORDAN", "JO"},
	{"HEARDISLANDANDMCDONALDISLANDS", "HM"},
	{"HELLENICREPUBLIC", "GR"},
	{"HK", "HK"},
	{"HKG", "HK"},
	{"HM", "HM"},
	{"HMD", "HM"},
	{"HN", "HN"},
	{"HND", "HN"},
	{"HOLANDA", "NL"},
	{"HOLLAND", "NL"},
	{"HOLYSEEVATICANCITYSTATE", "VA"},
	{"HONDURAS", "HN"},
	{"HONGKONG", "HK"},
	{"HONGKONGSPECIALADMINISTRATIVEREGIONOFCHINA", "HK"},
	{"HR", "HR"},
	{"HRV", "HR"},
	{"HT", "HT"},
	{"HTI", "HT"},
	{"HU", "HU"},
	{"HUN", "HU"},
	{"HUNGARY", "HU"},
	{"HUNGRIA", "HU"},
	{"ICELAND", "IS"},
	{"ID", "ID"},
	{"IDN", "ID"},
	{"IE", "IE"},
	{"IL", "IL"},
	{"IM", "IM"},
	{"IMN", "IM"},
	{"IN", "IN"},
	{"IND", "IN"},
	{"INDEPENDENTSTATEOFPAPUANEWGUINEA", "PG"},
	{"INDEPENDENTSTATEOFSAMOA", "WS"},
	{"INDIA", "IN"},
	{"INDONESIA", "ID"},
	{"IO", "IO"},
	{"IOT", "IO"},
	{"IQ", "IQ"},
	{"IR", "IR"},
	{"IRAK", "IQ"},
	{"IRAN", "IR"},
	{"IRANISLAMICREPUBLICOF", "IR"},
	{"IRANREPUBLICAISLAMICADE", "IR"},
	{"IRAQ", "IQ"},
	{"IRELAND", "IE"},
	{"IRL", "IE"},
	{"IRLANDA", "IE"},
	{"IRN", "IR"},
	{"IRQ", "IQ"},
	{"IS", "IS"},
	{"ISL", "IS"},
	{"ISLAASCENSION", "AC"},
	{"ISLABOUVET", "BV"},
	{"ISLADEMAN", "IM"},
	{"ISLADENAVIDAD", "CX"},
	{"ISLADESANMARTINZONAHOLANDSEA", "SX"},
	{"ISLAMICREPUBLICOFAFGHANISTAN", "AF"},
	{"ISLAMICREPUBLICOFIRAN", "IR"},
	{"ISLAMICREPUBLICOFMAURITANIA", "MR"},
	{"ISLAMICREPUBLICOFPAKISTAN", "PK"},
	{"ISLANDIA", "IS"},
	{"ISLANORFOLK", "NF"},
	{"ISLASALAND", "AX"},
	{"ISLASBERMUDAS", "BM"},
	{"ISLASBESCARIBENEERLANDES", "BQ"},
	{"ISLASCAIMAN", "KY"},
	{"ISLASCOCOSKEELING", "CC"},
	{"ISLASCOOK", "CK"},
	{"ISLASFALKLANDMALVINAS", "FK"},
	{"ISLASFEROE", "FO"},
	{"ISLASGEORGIASDELSURYSANDWICHDELSUR", "GS"},
	{"ISLASHEARDYMCDONALD", "HM"},
	{"ISLASMALDIVAS", "MV"},
	{"ISLASMARIANASDELNORTE", "MP"},
	{"ISLASMARSHALL", "MH"},
	{"ISLASSALOMON", "SB"},
	{"ISLASTURCASYCAICOS", "TC"},
	{"ISLASULTRAMARINASMENORESDEESTADOSUNIDOS", "UM"},
	{"ISLASVIRGENESBRITANICAS", "VG"},
	{"ISLASVIRGENESDEEEUU", "VI"},
	{"ISLASVIRGENESDELOSESTADOSUNIDOS", "VI"},
	{"ISLEOFMAN", "IM"},
	{"ISR", "IL"},
	{"ISRAEL", "IL"},
	{"IT", "IT"},
	{"ITA", "IT"},
	{"ITALIA", "IT"},
	{"ITALIANREPUBLIC", "IT"},
	{"ITALY", "IT"},
	{"IVORYCOAST", "CI"},
	{"JAM", "JM"},
	{"JAMAICA", "JM"},
	{"JAPAN", "JP"},
	{"JAPON", "JP"},
	{"JE", "JE"},
	{"JERSEY", "JE"},
	{"JEY", "JE"},
	{"JM", "JM"},
	{"JO", "JO"},
	{"JOR", "JO"},
	{"JORDAN", "JO"},
	{"JORDANIA", "JO"},
	{"JP", "JP"},
	{"JPN", "JP"},
	{"KAZ", "KZ"},
	{"KAZAJISTAN", "KZ"},
	{"KAZAKHSTAN", "KZ"},
	{"KE", "KE"},
	{"KEN", "KE"},
	{"KENIA", "KE"},
	{"KENYA", "KE"},
	{"KG", "KG"},
	{"KGZ", "KG"},
	{"KH", "KH"},
	{"KHM", "KH"},
	{"KI", "KI"},
	{"KINGDOMOFBAHRAIN", "BH"},
	{"KINGDOMOFBELGIUM", "BE"},
	{"KINGDOMOFBHUTAN", "BT"},
	{"KINGDOMOFCAMBODIA", "KH"},
	{"KINGDOMOFDENMARK", "DK"},
	{"KINGDOMOFESWATINI", "SZ"},
	{"KINGDOMOFLESOTHO", "LS"},
	{"KINGDOMOFMOROCCO", "MA"},
	{"KINGDOMOFNORWAY", "NO"},
	{"KINGDOMOFSAUDIARABIA", "SA"},
	{"KINGDOMOFSPAIN", "ES"},
	{"KINGDOMOFSWEDEN", "SE"},
	{"KINGDOMOFTHAILAND", "TH"},
	{"KINGDOMOFTHENETHERLANDS", "NL"},
	{"KINGDOMOFTONGA", "TO"},
	{"KIR", "KI"},
	{"KIRGUISTAN", "KG"},
	{"KIRIBATI", "KI"},
	{"KM", "KM"},
	{"KN", "KN"},
	{"KNA", "KN"},
	{"KOR", "KR"},
	{"KOREADEMOCRATICPEOPLESREPUBLICOF", "KP"},
	{"KOREAREPUBLICOF", "KR"},
	{"KOSOVO", "XK"},
	{"KP", "KP"},
	{"KR", "KR"},
	{"KUWAIT", "KW"},
	{"KW", "KW"},
	{"KWT", "KW"},
	{"KY", "KY"},
	{"KYRGYZREPUBLIC", "KG"},
	{"KYRGYZSTAN", "KG"},
	{"KZ", "KZ"},
	{"LA", "LA"},
	{"LAO", "LA"},
	{"LAOPEOPLESDEMOCRATICREPUBLIC", "LA"},
	{"LAOS", "LA"},
	{"LATVIA", "LV"},
	{"LB", "LB"},
	{"LBN", "LB"},
	{"LBR", "LR"},
	{"LBY", "LY"},
	{"LC", "LC"},
	{"LCA", "LC"},
	{"LEBANESEREPUBLIC", "LB"},
	{"LEBANON", "LB"},
	{"LESOTHO", "LS"},
	{"LESOTO", "LS"},
	{"LETONIA", "LV"},
	{"LI", "LI"},
	{"LIBANO", "LB"},
	{"LIBERIA", "LR"},
	{"LIBIA", "LY"},
	{"LIBYA", "LY"},
	{"LIE", "LI"},
	{"LIECHTENSTEIN", "LI"},
	{"LITHUANIA", "LT"},
	{"LITUANIA", "LT"},
	{"LK", "LK"},
	{"LKA", "LK"},
	{"LR", "LR"},
	{"LS", "LS"},
	{"LSO", "LS"},
	{"LT", "LT"},
	{"LTU", "LT"},
	{"LU", "LU"},
	{"LUX", "LU"},
	{"LUXEMBOURG", "LU"},
	{"LUXEMBURGO", "LU"},
	{"LV", "LV"},
	{"LVA", "LV"},
	{"LY", "LY"},
	{"MA", "MA"},
	{"MAC", "MO"},
	{"MACAO", "MO"},
	{"MACAOSPECIALADMINISTRATIVEREGIONOFCHINA", "MO"},
	{"MACAU", "MO"},
	{"MACEDONIADELNORTE", "MK"},
	{"MADAGASCAR", "MG"},
	{"MAF", "MF"},
	{"MALASIA", "MY"},
	{"MALAUI", "MW"},
	{"MALAWI", "MW"},
	{"MALAYSIA", "MY"},
	{"MALDIVES", "MV"},
	{"MALI", "ML"},
	{"MALTA", "MT"},
	{"MAR", "MA"},
	{"MARRUECOS", "MA"},
	{"MARSHALLISLANDS", "MH"},
	{"MARTINICA", "MQ"},
	{"MARTINIQUE", "MQ"},
	{"MAURICIO", "MU"},
	{"MAURITANIA", "MR"},
	{"MAURITIUS", "MU"},
	{"MAYOTTE", "YT"},
	{"MC", "MC"},
	{"MCO", "MC"},
	{"MD", "MD"},
	{"MDA", "MD"},
	{"MDG", "MG"},
	{"MDV", "MV"},
	{"ME", "ME"},
	{"MEX", "MX"},
	{"MEXICO", "MX"},
	{"MF", "MF"},
	{"MG", "MG"},
	{"MH", "MH"},
	{"MHL", "MH"},
	{"MICRONESIAESTADOSFEDERADOSDE", "FM"},
	{"MICRONESIAFEDERATEDSTATESOF", "FM"},
	{"MK", "MK"},
	{"MKD", "MK"},
	{"ML", "ML"},
	{"MLI", "ML"},
	{"MLT", "MT"},
	{"MM", "MM"},
	{"MMR", "MM"},
	{"MN", "MN"},
	{"MNE", "ME"},
	{"MNG", "MN"},
	{"MNP", "MP"},
	{"MO", "MO"},
	{"MOLDAVIA", "MD"},
	{"MOLDAVIAREPUBLICADE", "MD"},
	{"MOLDOVA", "MD"},
	{"MOLDOVAREPUBLICOF", "MD"},
	{"MONACO", "MC"},
	{"MONGOLIA", "MN"},
	{"MONTENEGRO", "ME"},
	{"MONTSERRAT", "MS"},
	{"MOROCCO", "MA"},
	{"MOZ", "MZ"},
	{"MOZAMBIQUE", "MZ"},
	{"MP", "MP"},
	{"MQ", "MQ"},
	{"MR", "MR"},
	{"MRT", "MR"},
	{"MS", "MS"},
	{"MSR", "MS"},
	{"MT", "MT"},
	{"MTQ", "MQ"},
	{"MU", "MU"},
	{"MUS", "MU"},
	{"MV", "MV"},
	{"MW", "MW"},
	{"MWI", "MW"},
	{"MX", "MX"},
	{"MY", "MY"},
	{"MYANMAR", "MM"},
	{"MYS", "MY"},
	{"MYT", "YT"},
	{"MZ", "MZ"},
	{"NA", "NA"},
	{"NAM", "NA"},
	{"NAMIBIA", "NA"},
	{"NAURU", "NR"},
	{"NC", "NC"},
	{"NCL", "NC"},
	{"NE", "NE"},
	{"NEPAL", "NP"},
	{"NER", "NE"},
	{"NETHERLANDS", "NL"},
	{"NEWCALEDONIA", "NC"},
	{"NEWZEALAND", "NZ"},
	{"NF", "NF"},
	{"NFK", "NF"},
	{"NG", "NG"},
	{"NGA", "NG"},
	{"NI", "NI"},
	{"NIC", "NI"},
	{"NICARAGUA", "NI"},
	{"NIGER", "NE"},
	{"NIGERIA", "NG"},
	{"NIU", "NU"},
	{"NIUE", "NU"},
	{"NL", "NL"},
	{"NLD", "NL"},
	{"NO", "NO"},
	{"NOR", "NO"},
	{"NORFOLKISLAND", "NF"},
	{"NORTHERNMARIANAISLANDS", "MP"},
	{"NORTHKOREA", "KP"},
	{"NORTHMACEDONIA", "MK"},
	{"NORUEGA", "NO"},
	{"NORWAY", "NO"},
	{"NP", "NP"},
	{"NPL", "NP"},
	{"NR", "NR"},
	{"NRU", "NR"},
	{"NU", "NU"},
	{"NUEVACALEDONIA", "NC"},
	{"NUEVAZELANDA", "NZ"},
	{"NZ", "NZ"},
	{"NZL", "NZ"},
	{"OM", "OM"},
	{"OMAN", "OM"},
	{"OMN", "OM"},
	{"PA", "PA"},
	{"PAISESBAJOS", "NL"},
	{"PAK", "PK"},
	{"PAKISTAN", "PK"},
	{"PALAOS", "PW"},
	{"PALAU", "PW"},
	{"PALESTINA", "PS"},
	{"PALESTINAESTADODE", "PS"},
	{"PALESTINE", "PS"},
	{"PALESTINESTATEOF", "PS"},
	{"PAN", "PA"},
	{"PANAMA", "PA"},
	{"PAPUANEWGUINEA", "PG"},
	{"PAPUANUEVAGUINEA", "PG"},
	{"PARAGUAY", "PY"},
	{"PCN", "PN"},
	{"PE", "PE"},
	{"PEOPLESDEMOCRATICREPUBLICOFALGERIA", "DZ"},
	{"PEOPLESREPUBLICOFBANGLADESH", "BD"},
	{"PEOPLESREPUBLICOFCHINA", "CN"},
	{"PER", "PE"},
	{"PERU", "PE"},
	{"PF", "PF"},
	{"PG", "PG"},
	{"PH", "PH"},
	{"PHILIPPINES", "PH"},
	{"PHL", "PH"},
	{"PITCAIRN", "PN"},
	{"PK", "PK"},
	{"PL", "PL"},
	{"PLURINATIONALSTATEOFBOLIVIA", "BO"},
	{"PLW", "PW"},
	{"PM", "PM"},
	{"PN", "PN"},
	{"PNG", "PG"},
	{"POL", "PL"},
	{"POLAND", "PL"},
	{"POLINESIAFRANCESA", "PF"},
	{"POLONIA", "PL"},
	{"PORTUGAL", "PT"},
	{"PORTUGUESEREPUBLIC", "PT"},
	{"PR", "PR"},
	{"PRI", "PR"},
	{"PRINCIPADODEANDORRA", "AD"},
	{"PRINCIPADODELIECHTENSTEIN", "LI"},
	{"PRINCIPADODEMONACO", "MC"},
	{"PRINCIPALITYOFANDORRA", "AD"},
	{"PRINCIPALITYOFLIECHTENSTEIN", "LI"},
	{"PRINCIPALITYOFMONACO", "MC"},
	{"PRK", "KP"},
	{"PRT", "PT"},
	{"PRY", "PY"},
	{"PS", "PS"},
	{"PSE", "PS"},
	{"PT", "PT"},
	{"PUERTORICO", "PR"},
	{"PW", "PW"},
	{"PY", "PY"},
	{"PYF", "PF"},
	{"QA", "QA"},
	{"QAT", "QA"},
	{"QATAR", "QA"},
	{"RE", "RE"},
	{"REGIONADMINISTRATIVAESPECIALCHINADEHONGKONG", "HK"},
	{"REGIONADMINISTRATIVAESPECIALCHINADEMACAO", "MO"},
	{"REINODEARABIASAUDI", "SA"},
	{"REINODEBAREIN", "BH"},
	{"REINODEBELGICA", "BE"},
	{"REINODEBUTAN", "BT"},
	{"REINODECAMBOYA", "KH"},
	{"REINODEDINAMARCA", "DK"},
	{"REINODEESPANA", "ES"},
	{"REINODEESUATINI", "SZ"},
	{"REINODELESOTO", "LS"},
	{"REINODELOSPAISESBAJOS", "NL"},
	{"REINODEMARRUECOS", "MA"},
	{"REINODENORUEGA", "NO"},
	{"REINODESUECIA", "SE"},
	{"REINODETAILANDIA", "TH"},
	{"REINODETONGA", "TO"},
	{"REINOHACHEMIDEJORDANIA", "JO"},
	{"REINOUNIDO", "GB"},
	{"REINOUNIDODEGRANBRETANAEIRLANDADELNORTE", "GB"},
	{"REPDOMINICANA", "DO"},
	{"REPUBLICAARABEDEEGIPTO", "EG"},
	{"REPUBLICAARABEDESIRIA", "SY"},
	{"REPUBLICAARGENTINA", "AR"},
	{"REPUBLICABOLIVARIANADEVENEZUELA", "VE"},
	{"REPUBLICACENTROAFRICANA", "CF"},
	{"REPUBLICACHECA", "CZ"},
	{"REPUBLICADEALBANIA", "AL"},
	{"REPUBLICADEANGOLA", "AO"},
	{"REPUBLICADEARMENIA", "AM"},
	{"REPUBLICADEAUSTRIA", "AT"},
	{"REPUBLICADEAZERBAIYAN", "AZ"},
	{"REPUBLICADEBENIN", "BJ"},
	{"REPUBLICADEBIELORRUSIA", "BY"},
	{"REPUBLICADEBOSNIAYHERCEGOVINA", "BA"},
	{"REPUBLICADEBOTSUANA", "BW"},
	{"REPUBLICADEBULGARIA", "BG"},
	{"REPUBLICADEBURUNDI", "BI"},
	{"REPUBLICADECABOVERDE", "CV"},
	{"REPUBLICADECHILE", "CL"},
	{"REPUBLICADECHIPRE", "CY"},
	{"REPUBLICADECOLOMBIA", "CO"},
	{"REPUBLICADECOSTADEMARFIL", "CI"},
	{"REPUBLICADECOSTARICA", "CR"},
	{"REPUBLICADECROACIA", "HR"},
	{"REPUBLICADECUBA", "CU"},
	{"REPUBLICADEELSALVADOR", "SV"},
	{"REPUBLICADEESLOVENIA", "SI"},
	{"REPUBLICADEESTONIA", "EE"},
	{"REPUBLICADEFILIPINAS", "PH"},
	{"REPUBLICADEFINLANDIA", "FI"},
	{"REPUBLICADEFIYI", "FJ"},
	{"REPUBLICADEGAMBIA", "GM"},
	{"REPUBLICADEGHANA", "GH"},
	{"REPUBLICADEGUATEMALA", "GT"},
	{"REPUBLICADEGUINEA", "GN"},
	{"REPUBLICADEGUINEABISSAU", "GW"},
	{"REPUBLICADEGUINEAECUATORIAL", "GQ"},
	{"REPUBLICADEGUYANA", "GY"},
	{"REPUBLICADEHAITI", "HT"},
	{"REPUBLICADEHONDURAS", "HN"},
	{"REPUBLICADEINDONESIA", "ID"},
	{"REPUBLICADEIRAK", "IQ"},
	{"REPUBLICADEISLANDIA", "IS"},
	{"REPUBLICADEKAZAJISTAN", "KZ"},
	{"REPUBLICADEKENIA", "KE"},
	{"REPUBLICADEKIRIBATI", "KI"},
	{"REPUBLICADELAINDIA", "IN"},
	{"REPUBLICADELASISLASMARSHALL", "MH"},
	{"REPUBLICADELASSEYCHELLES", "SC"},
	{"REPUBLICADELAUNIONDEMYANMAR", "MM"},
	{"REPUBLICADELCAMERUN", "CM"},
	{"REPUBLICADELCHAD", "TD"},
	{"REPUBLICADELCONGO", "CG"},
	{"REPUBLICADELECUADOR", "EC"},
	{"REPUBLICADELETONIA", "LV"},
	{"REPUBLICADELIBERIA", "LR"},
	{"REPUBLICADELITUANIA", "LT"},
	{"REPUBLICADELNIGER", "NE"},
	{"REPUBLICADELPARAGUAY", "PY"},
	{"REPUBLICADELPERU", "PE"},
	{"REPUBLICADELSENEGAL", "SN"},
	{"REPUBLICADELYEMEN", "YE"},
	{"REPUBLICADEMACEDONIADELNORTE", "MK"},
	{"REPUBLICADEMADAGASCAR", "MG"},
	{"REPUBLICADEMALAWI", "MW"},
	{"REPUBLICADEMALDIVAS", "MV"},
	{"REPUBLICADEMALI", "ML"},
	{"REPUBLICADEMALTA", "MT"},
	{"REPUBLICADEMAURICIO", "MU"},
	{"REPUBLICADEMOCRATICADESANTOTOMEYPRINCIPE", "ST"},
	{"REPUBLICADEMOCRATICADETIMORORIENTAL", "TL"},
	{"REPUBLICADEMOCRATICAPOPULARDEARGELIA", "DZ"},
	{"REPUBLICADEMOCRATICAPOPULARDELAO", "LA"},
	{"REPUBLICADEMOLDAVIA", "MD"},
	{"REPUBLICADEMOZAMBIQUE", "MZ"},
	{"REPUBLICADENAMIBIA", "NA"},
	{"REPUBLICADENAURU", "NR"},
	{"REPUBLICADENICARAGUA", "NI"},
	{"REPUBLICADEPALAU", "PW"},
	{"REPUBLICADEPANAMA", "PA"},
	{"REPUBLICADEPOLONIA", "PL"},
	{"REPUBLICADERUANDA", "RW"},
	{"REPUBLICADESANMARINO", "SM"},
	{"REPUBLICADESERBIA", "RS"},
	{"REPUBLICADESIERRALEONA", "SL"},
	{"REPUBLICADESINGAPUR", "SG"},
	{"REPUBLICADESUDAFRICA", "ZA"},
	{"REPUBLICADESUDAN", "SD"},
	{"REPUBLICADESUDANDELSUR", "SS"},
	{"REPUBLICADESURINAM", "SR"},
	{"REPUBLICADETAYIKISTAN", "TJ"},
	{"REPUBLICADETRINIDADYTOBAGO", "TT"},
	{"REPUBLICADETUNEZ", "TN"},
	{"REPUBLICADEUGANDA", "UG"},
	{"REPUBLICADEUZBEKISTAN", "UZ"},
	{"REPUBLICADEVANUATU", "VU"},
	{"REPUBLICADEYIBUTI", "DJ"},
	{"REPUBLICADEZAMBIA", "ZM"},
	{"REPUBLICADEZIMBABUE", "ZW"},
	{"REPUBLICADOMINICANA", "DO"},
	{"REPUBLICAESLOVACA", "SK"},
	{"REPUBLICAFEDERALDEALEMANIA", "DE"},
	{"REPUBLICAFEDERALDEMOCRATICADEETIOPIA", "ET"},
	{"REPUBLICAFEDERALDEMOCRATICADENEPAL", "NP"},
	{"REPUBLICAFEDERALDENIGERIA", "NG"},
	{"REPUBLICAFEDERALDESOMALIA", "SO"},
	{"REPUBLICAFEDERATIVADEBRASIL", "BR"},
	{"REPUBLICAFRANCESA", "FR"},
	{"REPUBLICAGABONESA", "GA"},
	{"REPUBLICAHELENICA", "GR"},
	{"REPUBLICAISLAMICADEAFGANISTAN", "AF"},
	{"REPUBLICAISLAMICADEIRAN", "IR"},
	{"REPUBLICAISLAMICADEMAURITANIA", "MR"},
	{"REPUBLICAISLAMICADEPAKISTAN", "PK"},
	{"REPUBLICAITALIANA", "IT"},
	{"REPUBLICAKIRGUIZA", "KG"},
	{"REPUBLICALIBANESA", "LB"},
	{"REPUBLICAORIENTALDELURUGUAY", "UY"},
	{"REPUBLICAPOPULARCHINA", "CN"},
	{"REPUBLICAPOPULARDEBANGLADES", "BD"},
	{"REPUBLICAPOPULARDEMOCRATICADECOREA", "KP"},
	{"REPUBLICAPORTUGUESA", "PT"},
	{"REPUBLICASOCIALISTADEMOCRATICADESRILANKA", "LK"},
	{"REPUBLICASOCIALISTADEVIETNAM", "VN"},
	{"REPUBLICATOGOLESA", "TG"},
	{"REPUBLICAUNIDADETANZANIA", "TZ"},
	{"REPUBLICOFALBANIA", "AL"},
	{"REPUBLICOFANGOLA", "AO"},
	{"REPUBLICOFARMENIA", "AM"},
	{"REPUBLICOFAUSTRIA", "AT"},
	{"REPUBLICOFAZERBAIJAN", "AZ"},
	{"REPUBLICOFBELARUS", "BY"},
	{"REPUBLICOFBENIN", "BJ"},
	{"REPUBLICOFBOSNIAANDHERZEGOVINA", "BA"},
	{"REPUBLICOFBOTSWANA", "BW"},
	{"REPUBLICOFBULGARIA", "BG"},
	{"REPUBLICOFBURUNDI", "BI"},
	{"REPUBLICOFCABOVERDE", "CV"},
	{"REPUBLICOFCAMEROON", "CM"},
	{"REPUBLICOFCHAD", "TD"},
	{"REPUBLICOFCHILE", "CL"},
	{"REPUBLICOFCOLOMBIA", "CO"},
	{"REPUBLICOFCOSTARICA", "CR"},
	{"REPUBLICOFCOTEDIVOIRE", "CI"},
	{"REPUBLICOFCROATIA", "HR"},
	{"REPUBLICOFCUBA", "CU"},
	{"REPUBLICOFCYPRUS", "CY"},
	{"REPUBLICOFDJIBOUTI", "DJ"},
	{"REPUBLICOFECUADOR", "EC"},
	{"REPUBLICOFELSALVADOR", "SV"},
	{"REPUBLICOFEQUATORIALGUINEA", "GQ"},
	{"REPUBLICOFESTONIA", "EE"},
	{"REPUBLICOFFIJI", "FJ"},
	{"REPUBLICOFFINLAND", "FI"},
	{"REPUBLICOFGHANA", "GH"},
	{"REPUBLICOFGUATEMALA", "GT"},
	{"REPUBLICOFGUINEA", "GN"},
	{"REPUBLICOFGUINEABISSAU", "GW"},
	{"REPUBLICOFGUYANA", "GY"},
	{"REPUBLICOFHAITI", "HT"},
	{"REPUBLICOFHONDURAS", "HN"},
	{"REPUBLICOFICELAND", "IS"},
	{"REPUBLICOFINDIA", "IN"},
	{"REPUBLICOFINDONESIA", "ID"},
	{"REPUBLICOFIRAQ", "IQ"},
	{"REPUBLICOFKAZAKHSTAN", "KZ"},
	{"REPUBLICOFKENYA", "KE"},
	{"REPUBLICOFKIRIBATI", "KI"},
	{"REPUBLICOFLATVIA", "LV"},
	{"REPUBLICOFLIBERIA", "LR"},
	{"REPUBLICOFLITHUANIA", "LT"},
	{"REPUBLICOFMADAGASCAR", "MG"},
	{"REPUBLICOFMALAWI", "MW"},
	{"REPUBLICOFMALDIVES", "MV"},
	{"REPUBLICOFMALI", "ML"},
	{"REPUBLICOFMALTA", "MT"},
	{"REPUBLICOFMAURITIUS", "MU"},
	{"REPUBLICOFMOLDOVA", "MD"},
	{"REPUBLICOFMOZAMBIQUE", "MZ"},
	{"REPUBLICOFMYANMAR", "MM"},
	{"REPUBLICOFNAMIBIA", "NA"},
	{"REPUBLICOFNAURU", "NR"},
	{"REPUBLICOFNICARAGUA", "NI"},
	{"REPUBLICOFNORTHMACEDONIA", "MK"},
	{"REPUBLICOFPALAU", "PW"},
	{"REPUBLICOFPANAMA", "PA"},
	{"REPUBLICOFPARAGUAY", "PY"},
	{"REPUBLICOFPERU", "PE"},
	{"REPUBLICOFPOLAND", "PL"},
	{"REPUBLICOFSANMARINO", "SM"},
	{"REPUBLICOFSENEGAL", "SN"},
	{"REPUBLICOFSERBIA", "RS"},
	{"REPUBLICOFSEYCHELLES", "SC"},
	{"REPUBLICOFSIERRALEONE", "SL"},
	{"REPUBLICOFSINGAPORE", "SG"},
	{"REPUBLICOFSLOVENIA", "SI"},
	{"REPUBLICOFSOUTHAFRICA", "ZA"},
	{"REPUBLICOFSOUTHSUDAN", "SS"},
	{"REPUBLICOFSURINAME", "SR"},
	{"REPUBLICOFTAJIKISTAN", "TJ"},
	{"REPUBLICOFTHECONGO", "CG"},
	{"REPUBLICOFTHEGAMBIA", "GM"},
	{"REPUBLICOFTHEMARSHALLISLANDS", "MH"},
	{"REPUBLICOFTHENIGER", "NE"},
	{"REPUBLICOFTHEPHILIPPINES", "PH"},
	{"REPUBLICOFTHESUDAN", "SD"},
	{"REPUBLICOFTRINIDADANDTOBAGO", "TT"},
	{"REPUBLICOFTUNISIA", "TN"},
	{"REPUBLICOFTURKIYE", "TR"},
	{"REPUBLICOFUGANDA", "UG"},
	{"REPUBLICOFUZBEKISTAN", "UZ"},
	{"REPUBLICOFVANUATU", "VU"},
	{"REPUBLICOFYEMEN", "YE"},
	{"REPUBLICOFZAMBIA", "ZM"},
	{"REPUBLICOFZIMBABWE", "ZW"},
	{"REU", "RE"},
	{"REUNION", "RE"},
	{"RO", "RO"},
	{"ROMANIA", "RO"},
	{"ROU", "RO"},
	{"RS", "RS"},
	{"RU", "RU"},
	{"RUANDA", "RW"},
	{"RUMANIA", "RO"},
	{"RUS", "RU"},
	{"RUSIA", "RU"},
	{"RUSSIA", "RU"},
	{"RUSSIANFEDERATION", "RU"},
	{"RW", "RW"},
	{"RWA", "RW"},
	{"RWANDA", "RW"},
	{"RWANDESEREPUBLIC", "RW"},
	{"SA", "SA"},
	{"SAHARAOCCIDENTAL", "EH"},
	{"SAINTBARTHELEMY", "BL"},
	{"SAINTHELENAASCENSIONANDTRISTANDACUNHA", "SH"},
	{"SAINTKITTSANDNEVIS", "KN"},
	{"SAINTLUCIA", "LC"},
	{"SAINTMARTINFRENCHPART", "MF"},
	{"SAINTPIERREANDMIQUELON", "PM"},
	{"SAINTVINCENTANDTHEGRENADINES", "VC"},
	{"SAMOA", "WS"},
	{"SAMOAESTADOUNIDENSE", "AS"},
	{"SANBARTOLOME", "BL"},
	{"SANCRISTOBALYNIEVES", "KN"},
	{"SANMARINO", "SM"},
	{"SANMARTINZONAFRANCESA", "MF"},
	{"SANPEDROYMIQUELON", "PM"},
	{"SANTAELENAASCENSIONYTRISTANDEACUNA", "SH"},
	{"SANTALUCIA", "LC"},
	{"SANTASEDECIUDADESTADODELVATICANO", "VA"},
	{"SANTOTOMEYPRINCIPE", "ST"},
	{"SANVICENTEYLASGRANADINAS", "VC"},
	{"SAOTOMEANDPRINCIPE", "ST"},
	{"SAU", "SA"},
	{"SAUDIARABIA", "SA"},
	{"SB", "SB"},
	{"SC", "SC"},
	{"SD", "SD"},
	{"SDN", "SD"},
	{"SE", "SE"},
	{"SEN", "SN"},
	{"SENEGAL", "SN"},
	{"SERBIA", "RS"},
	{"SEYCHELLES", "SC"},
	{"SG", "SG"},
	{"SGP", "SG"},
	{"SGS", "GS"},
	{"SH", "SH"},
	{"SHN", "SH"},
	{"SI", "SI"},
	{"SIERRALEONA", "SL"},
	{"SIERRALEONE", "SL"},
	{"SINGAPORE", "SG"},
	{"SINGAPUR", "SG"},
	{"SINTMAARTENDUTCHPART", "SX"},
	{"SIRIA", "SY"},
	{"SJ", "SJ"},
	{"SJM", "SJ"},
	{"SK", "SK"},
	{"SL", "SL"},
	{"SLB", "SB"},
	{"SLE", "SL"},
	{"SLOVAKIA", "SK"},
	{"SLOVAKREPUBLIC", "SK"},
	{"SLOVENIA", "SI"},
	{"SLV", "SV"},
	{"SM", "SM"},
	{"SMR", "SM"},
	{"SN", "SN"},
	{"SO", "SO"},
	{"SOCIALISTREPUBLICOFVIETNAM", "VN"},
	{"SOLOMONISLANDS", "SB"},
	{"SOM", "SO"},
	{"SOMALIA", "SO"},
	{"SOUTHAFRICA", "ZA"},
	{"SOUTHGEORGIAANDTHESOUTHSANDWICHISLANDS", "GS"},
	{"SOUTHKOREA", "KR"},
	{"SOUTHSUDAN", "SS"},
	{"SPAIN", "ES"},
	{"SPM", "PM"},
	{"SR", "SR"},
	{"SRB", "RS"},
	{"SRILANKA", "LK"},
	{"SS", "SS"},
	{"SSD", "SS"},
	{"ST", "ST"},
	{"STATEOFISRAEL", "IL"},
	{"STATEOFKUWAIT", "KW"},
	{"STATEOFQATAR", "QA"},
	{"STP", "ST"},
	{"SUDAFRICA", "ZA"},
	{"SUDAN", "SD"},
	{"SUDANDELSUR", "SS"},
	{"SUECIA", "SE"},
	{"SUIZA", "CH"},
	{"SULTANATEOFOMAN", "OM"},
	{"SULTANATODEOMAN", "OM"},
	{"SUR", "SR"},
	{"SURINAM", "SR"},
	{"SURINAME", "SR"},
	{"SV", "SV"},
	{"SVALBARDANDJANMAYEN", "SJ"},
	{"SVALBARDYJANMAYEN", "SJ"},
	{"SVK", "SK"},
	{"SVN", "SI"},
	{"SWE", "SE"},
	{"SWEDEN", "SE"},
	{"SWISSCONFEDERATION", "CH"},
	{"SWITZERLAND", "CH"},
	{"SWZ", "SZ"},
	{"SX", "SX"},
	{"SXM", "SX"},
	{"SY", "SY"},
	{"SYC", "SC"},
	{"SYR", "SY"},
	{"SYRIA", "SY"},
	{"SYRIANARABREPUBLIC", "SY"},
	{"SZ", "SZ"},
	{"TA", "TA"},
	{"TAA", "TA"},
	{"TAILANDIA", "TH"},
	{"TAIWAN", "TW"},
	{"TAIWANPROVINCEOFCHINA", "TW"},
	{"TAIWANPROVINCIADECHINA", "TW"},
	{"TAJIKISTAN", "TJ"},
	{"TANZANIA", "TZ"},
	{"TANZANIAREPUBLICAUNIDADE", "TZ"},
	{"TANZANIAUNITEDREPUBLICOF", "TZ"},
	{"TAYIKISTAN", "TJ"},
	{"TC", "TC"},
	{"TCA", "TC"},
	{"TCD", "TD"},
	{"TD", "TD"},
	{"TERRITORIOBRITANICODELOCEANOINDICO", "IO"},
	{"TERRITORIOSFRANCESESDELSUR", "TF"},
	{"TF", "TF"},
	{"TG", "TG"},
	{"TGO", "TG"},
	{"TH", "TH"},
	{"THA", "TH"},
	{"THAILAND", "TH"},
	{"THESTATEOFERITREA", "ER"},
	{"THESTATEOFPALESTINE", "PS"},
	{"TIMORLESTE", "TL"},
	{"TIMORORIENTAL", "TL"},
	{"TJ", "TJ"},
	{"TJK", "TJ"},
	{"TK", "TK"},
	{"TKL", "TK"},
	{"TKM", "TM"},
	{"TL", "TL"},
	{"TLS", "TL"},
	{"TM", "TM"},
	{"TN", "TN"},
	{"TO", "TO"},
	{"TOGO", "TG"},
	{"TOGOLESEREPUBLIC", "TG"},
	{"TOKELAU", "TK"},
	{"TON", "TO"},
	{"TONGA", "TO"},
	{"TR", "TR"},
	{"TRINIDADANDTOBAGO", "TT"},
	{"TRINIDADYTOBAGO", "TT"},
	{"TRISTANDACUNHA", "TA"},
	{"TRISTANDEACUNA", "TA"},
	{"TT", "TT"},
	{"TTO", "TT"},
	{"TUN", "TN"},
	{"TUNEZ", "TN"},
	{"TUNISIA", "TN"},
	{"TUR", "TR"},
	{"TURKEY", "TR"},
	{"TURKIYE", "TR"},
	{"TURKMENISTAN", "TM"},
	{"TURKSANDCAICOSISLANDS", "TC"},
	{"TURQUIA", "TR"},
	{"TUV", "TV"},
	{"TUVALU", "TV"},
	{"TV", "TV"},
	{"TW", "TW"},
	{"TWN", "TW"},
	{"TZ", "TZ"},
	{"TZA", "TZ"},
	{"UA", "UA"},
	{"UAE", "AE"},
	{"UCRANIA", "UA"},
	{"UG", "UG"},
	{"UGA", "UG"},
	{"UGANDA", "UG"},
	{"UK", "GB"},
	{"UKR", "UA"},
	{"UKRAINE", "UA"},
	{"UM", "UM"},
	{"UMI", "UM"},
	{"UNIONDELASCOMORES", "KM"},
	{"UNIONOFTHECOMOROS", "KM"},
	{"UNITEDARABEMIRATES", "AE"},
	{"UNITEDKINGDOM", "GB"},
	{"UNITEDKINGDOMOFGREATBRITAINANDNORTHERNIRELAND", "GB"},
	{"UNITEDMEXICANSTATES", "MX"},
	{"UNITEDREPUBLICOFTANZANIA", "TZ"},
	{"UNITEDSTATES", "US"},
	{"UNITEDSTATESMINOROUTLYINGISLANDS", "UM"},
	{"UNITEDSTATESOFAMERICA", "US"},
	{"URUGUAY", "UY"},
	{"URY", "UY"},
	{"US", "US"},
	{"USA", "US"},
	{"UY", "UY"},
	{"UZ", "UZ"},
	{"UZB", "UZ"},
	{"UZBEKISTAN", "UZ"},
	{"VA", "VA"},
	{"VANUATU", "VU"},
	{"VAT", "VA"},
	{"VC", "VC"},
	{"VCT", "VC"},
	{"VE", "VE"},
	{"VEN", "VE"},
	{"VENEZUELA", "VE"},
	{"VENEZUELABOLIVARIANREPUBLICOF", "VE"},
	{"VENEZUELAREPUBLICABOLIVARIANADE", "VE"},
	{"VG", "VG"},
	{"VGB", "VG"},
	{"VI", "VI"},
	{"VIETNAM", "VN"},
	{"VIR", "VI"},
	{"VIRGINISLANDSBRITISH", "VG"},
	{"VIRGINISLANDSOFTHEUNITEDSTATES", "VI"},
	{"VIRGINISLANDSUS", "VI"},
	{"VN", "VN"},
	{"VNM", "VN"},
	{"VU", "VU"},
	{"VUT", "VU"},
	{"WALLISANDFUTUNA", "WF"},
	{"WALLISYFUTUNA", "WF"},
	{"WESTERNSAHARA", "EH"},
	{"WF", "WF"},
	{"WLF", "WF"},
	{"WS", "WS"},
	{"WSM", "WS"},
	{"XK", "XK"},
	{"XKX", "XK"},
	{"YE", "YE"},
	{"YEM", "YE"},
	{"YEMEN", "YE"},
	{"YIBUTI", "DJ"},
	{"YT", "YT"},
	{"ZA", "ZA"},
	{"ZAF", "ZA"},
	{"ZAMBIA", "ZM"},
	{"ZIMBABUE", "ZW"},
	{"ZIMBABWE", "ZW"},
	{"ZM", "ZM"},
	{"ZMB", "ZM"},
	{"ZW", "ZW"},
	{"ZWE", "ZW"},
};

#endif							/* WABILL_COUNTRY_NAMES_TABLE_H */
