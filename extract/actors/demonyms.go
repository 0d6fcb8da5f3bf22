package actors

// demonyms are the adjectives and nouns news uses for the people of a
// country ("Swedish prime minister", "two Danes"), hand-written for
// newsgraph. The Phoenix dictionaries list many but not all ("SWEDE" but
// not "SWEDISH"); load adds those they lack, never replacing an entry they
// have (which may be a different actor: "Georgian" is also a language).
var demonyms = map[string][]string{
	"AFG": {"Afghan", "Afghans"}, "ALB": {"Albanian", "Albanians"}, "DZA": {"Algerian", "Algerians"},
	"AND": {"Andorran"}, "AGO": {"Angolan", "Angolans"}, "ARG": {"Argentine", "Argentinian", "Argentines", "Argentinians"},
	"ARM": {"Armenian", "Armenians"}, "AUS": {"Australian", "Australians"}, "AUT": {"Austrian", "Austrians"},
	"AZE": {"Azerbaijani", "Azeri", "Azerbaijanis", "Azeris"}, "BHS": {"Bahamian"}, "BHR": {"Bahraini", "Bahrainis"},
	"BGD": {"Bangladeshi", "Bangladeshis"}, "BRB": {"Barbadian"}, "BLR": {"Belarusian", "Belarusians"},
	"BEL": {"Belgian", "Belgians"}, "BLZ": {"Belizean"}, "BEN": {"Beninese"}, "BTN": {"Bhutanese"},
	"BOL": {"Bolivian", "Bolivians"}, "BIH": {"Bosnian", "Bosnians"}, "BWA": {"Botswanan"},
	"BRA": {"Brazilian", "Brazilians"}, "BRN": {"Bruneian"}, "BGR": {"Bulgarian", "Bulgarians"},
	"BFA": {"Burkinabe"}, "BDI": {"Burundian", "Burundians"}, "KHM": {"Cambodian", "Cambodians"},
	"CMR": {"Cameroonian", "Cameroonians"}, "CAN": {"Canadian", "Canadians"}, "CPV": {"Cape Verdean"},
	"CAF": {"Central African"}, "TCD": {"Chadian", "Chadians"}, "CHL": {"Chilean", "Chileans"},
	"CHN": {"Chinese"}, "COL": {"Colombian", "Colombians"}, "COM": {"Comoran"}, "CRI": {"Costa Rican", "Costa Ricans"},
	"CIV": {"Ivorian", "Ivorians"}, "HRV": {"Croatian", "Croat", "Croatians", "Croats"}, "CUB": {"Cuban", "Cubans"},
	"CYP": {"Cypriot", "Cypriots"}, "CZE": {"Czech", "Czechs"}, "DNK": {"Danish", "Dane", "Danes"},
	"DJI": {"Djiboutian"}, "DOM": {"Dominican", "Dominicans"}, "ECU": {"Ecuadorian", "Ecuadorians"},
	"EGY": {"Egyptian", "Egyptians"}, "SLV": {"Salvadoran", "Salvadorans"}, "GNQ": {"Equatoguinean"},
	"ERI": {"Eritrean", "Eritreans"}, "EST": {"Estonian", "Estonians"}, "SWZ": {"Swazi"},
	"ETH": {"Ethiopian", "Ethiopians"}, "FJI": {"Fijian", "Fijians"}, "FIN": {"Finnish", "Finn", "Finns"},
	"FRA": {"French"}, "GAB": {"Gabonese"}, "GMB": {"Gambian", "Gambians"}, "GEO": {"Georgian", "Georgians"},
	"DEU": {"German", "Germans"}, "GHA": {"Ghanaian", "Ghanaians"}, "GRC": {"Greek", "Greeks"},
	"GTM": {"Guatemalan", "Guatemalans"}, "GIN": {"Guinean", "Guineans"}, "GNB": {"Bissau-Guinean"},
	"GUY": {"Guyanese"}, "HTI": {"Haitian", "Haitians"}, "HND": {"Honduran", "Hondurans"},
	"HUN": {"Hungarian", "Hungarians"}, "ISL": {"Icelandic", "Icelander", "Icelanders"},
	"IND": {"Indian", "Indians"}, "IDN": {"Indonesian", "Indonesians"}, "IRN": {"Iranian", "Iranians"},
	"IRQ": {"Iraqi", "Iraqis"}, "IRL": {"Irish"}, "ISR": {"Israeli", "Israelis"}, "ITA": {"Italian", "Italians"},
	"JAM": {"Jamaican", "Jamaicans"}, "JPN": {"Japanese"}, "JOR": {"Jordanian", "Jordanians"},
	"KAZ": {"Kazakh", "Kazakhstani", "Kazakhs"}, "KEN": {"Kenyan", "Kenyans"}, "PRK": {"North Korean", "North Koreans"},
	"KOR": {"South Korean", "South Koreans"}, "XKX": {"Kosovar", "Kosovan", "Kosovars"}, "KWT": {"Kuwaiti", "Kuwaitis"},
	"KGZ": {"Kyrgyz"}, "LAO": {"Laotian", "Lao", "Laotians"}, "LVA": {"Latvian", "Latvians"},
	"LBN": {"Lebanese"}, "LSO": {"Basotho"}, "LBR": {"Liberian", "Liberians"}, "LBY": {"Libyan", "Libyans"},
	"LIE": {"Liechtensteiner"}, "LTU": {"Lithuanian", "Lithuanians"}, "LUX": {"Luxembourgish", "Luxembourger"},
	"MKD": {"Macedonian", "North Macedonian", "Macedonians"}, "MDG": {"Malagasy"}, "MWI": {"Malawian", "Malawians"},
	"MYS": {"Malaysian", "Malaysians"}, "MDV": {"Maldivian"}, "MLI": {"Malian", "Malians"}, "MLT": {"Maltese"},
	"MRT": {"Mauritanian", "Mauritanians"}, "MUS": {"Mauritian"}, "MEX": {"Mexican", "Mexicans"},
	"MDA": {"Moldovan", "Moldovans"}, "MCO": {"Monegasque"}, "MNG": {"Mongolian", "Mongolians"},
	"MNE": {"Montenegrin", "Montenegrins"}, "MAR": {"Moroccan", "Moroccans"}, "MOZ": {"Mozambican", "Mozambicans"},
	"MMR": {"Myanmar", "Burmese"}, "NAM": {"Namibian", "Namibians"}, "NPL": {"Nepali", "Nepalese"},
	"NLD": {"Dutch"}, "NZL": {"New Zealander", "New Zealanders"}, "NIC": {"Nicaraguan", "Nicaraguans"},
	"NER": {"Nigerien", "Nigeriens"}, "NGA": {"Nigerian", "Nigerians"}, "NOR": {"Norwegian", "Norwegians"},
	"OMN": {"Omani", "Omanis"}, "PAK": {"Pakistani", "Pakistanis"}, "PSE": {"Palestinian", "Palestinians"},
	"PAN": {"Panamanian", "Panamanians"}, "PNG": {"Papua New Guinean"}, "PRY": {"Paraguayan", "Paraguayans"},
	"PER": {"Peruvian", "Peruvians"}, "PHL": {"Philippine", "Filipino", "Filipinos"}, "POL": {"Polish", "Pole", "Poles"},
	"PRT": {"Portuguese"}, "QAT": {"Qatari", "Qataris"}, "ROU": {"Romanian", "Romanians"},
	"RUS": {"Russian", "Russians"}, "RWA": {"Rwandan", "Rwandans"}, "SAU": {"Saudi", "Saudi Arabian", "Saudis"},
	"SEN": {"Senegalese"}, "SRB": {"Serbian", "Serb", "Serbians", "Serbs"}, "SLE": {"Sierra Leonean", "Sierra Leoneans"},
	"SGP": {"Singaporean", "Singaporeans"}, "SVK": {"Slovak", "Slovakian", "Slovaks"}, "SVN": {"Slovenian", "Slovene", "Slovenians", "Slovenes"},
	"SOM": {"Somali", "Somalis"}, "ZAF": {"South African", "South Africans"}, "SSD": {"South Sudanese"},
	"ESP": {"Spanish", "Spaniard", "Spaniards"}, "LKA": {"Sri Lankan", "Sri Lankans"}, "SDN": {"Sudanese"},
	"SUR": {"Surinamese"}, "SWE": {"Swedish", "Swede", "Swedes"}, "CHE": {"Swiss"}, "SYR": {"Syrian", "Syrians"},
	"TWN": {"Taiwanese"}, "TJK": {"Tajik", "Tajikistani", "Tajiks"}, "TZA": {"Tanzanian", "Tanzanians"},
	"THA": {"Thai"}, "TGO": {"Togolese"}, "TTO": {"Trinidadian"}, "TUN": {"Tunisian", "Tunisians"},
	"TUR": {"Turkish", "Turk", "Turks"}, "TKM": {"Turkmen"}, "UGA": {"Ugandan", "Ugandans"},
	"UKR": {"Ukrainian", "Ukrainians"}, "ARE": {"Emirati", "Emiratis"}, "GBR": {"British", "Briton", "Britons"},
	"USA": {"American", "Americans"}, "URY": {"Uruguayan", "Uruguayans"}, "UZB": {"Uzbek", "Uzbekistani", "Uzbeks"},
	"VEN": {"Venezuelan", "Venezuelans"}, "VNM": {"Vietnamese"}, "YEM": {"Yemeni", "Yemenis"},
	"ZMB": {"Zambian", "Zambians"}, "ZWE": {"Zimbabwean", "Zimbabweans"},
}

// addDemonymTable adds the demonyms the dictionaries lack.
func (g *Gazetteer) addDemonymTable() {
	for iso, words := range demonyms {
		a := Actor{Name: g.CountryName(iso), Kind: Country, Code: iso, Country: iso, curated: true, end: "99999999"}
		for _, w := range words {
			k := Key(w)
			if _, ok := g.actors[k]; !ok {
				g.addActor(k, a)
			}
		}
	}
}
