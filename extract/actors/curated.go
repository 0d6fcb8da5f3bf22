package actors

// The hand-curated layer, written for newsgraph (same licence as the
// project). It wins over the Phoenix dictionaries where both know a phrase:
// metonyms of governments (seats of power, capitals), demonyms and short
// forms news uses, the international organisations and armed groups most
// often in the news with one canonical name, and role words PETRARCH lacks.

type curated struct {
	seat    bool // a seat of government standing for it: Kremlin, White House
	keys    []string
	name    string
	kind    string
	code    string
	country string
}

// countryNames are the usual English names of countries, used as the
// display name of every country entity.
var countryNames = map[string]string{
	"AFG": "Afghanistan", "ALB": "Albania", "DZA": "Algeria", "AGO": "Angola", "ARG": "Argentina",
	"ARM": "Armenia", "AUS": "Australia", "AUT": "Austria", "AZE": "Azerbaijan", "BHR": "Bahrain",
	"BGD": "Bangladesh", "BLR": "Belarus", "BEL": "Belgium", "BEN": "Benin", "BOL": "Bolivia",
	"BIH": "Bosnia and Herzegovina", "BWA": "Botswana", "BRA": "Brazil", "BGR": "Bulgaria",
	"BFA": "Burkina Faso", "BDI": "Burundi", "KHM": "Cambodia", "CMR": "Cameroon", "CAN": "Canada",
	"CAF": "Central African Republic", "TCD": "Chad", "CHL": "Chile", "CHN": "China", "COL": "Colombia",
	"COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "CRI": "Costa Rica",
	"CIV": "Ivory Coast", "HRV": "Croatia", "CUB": "Cuba", "CYP": "Cyprus", "CZE": "Czech Republic",
	"DNK": "Denmark", "DJI": "Djibouti", "DOM": "Dominican Republic", "ECU": "Ecuador", "EGY": "Egypt",
	"SLV": "El Salvador", "ERI": "Eritrea", "EST": "Estonia", "ETH": "Ethiopia", "FIN": "Finland",
	"FRA": "France", "GAB": "Gabon", "GMB": "Gambia", "GEO": "Georgia", "DEU": "Germany", "GHA": "Ghana",
	"GRC": "Greece", "GTM": "Guatemala", "GIN": "Guinea", "HTI": "Haiti", "HND": "Honduras",
	"HKG": "Hong Kong", "HUN": "Hungary", "ISL": "Iceland", "IND": "India", "IDN": "Indonesia",
	"IRN": "Iran", "IRQ": "Iraq", "IRL": "Ireland", "ISR": "Israel", "ITA": "Italy", "JAM": "Jamaica",
	"JPN": "Japan", "JOR": "Jordan", "KAZ": "Kazakhstan", "KEN": "Kenya", "PRK": "North Korea",
	"KOR": "South Korea", "XKX": "Kosovo", "KWT": "Kuwait", "KGZ": "Kyrgyzstan", "LAO": "Laos",
	"LVA": "Latvia", "LBN": "Lebanon", "LBR": "Liberia", "LBY": "Libya", "LTU": "Lithuania",
	"MKD": "North Macedonia", "MDG": "Madagascar", "MWI": "Malawi", "MYS": "Malaysia", "MLI": "Mali",
	"MRT": "Mauritania", "MEX": "Mexico", "MDA": "Moldova", "MNG": "Mongolia", "MNE": "Montenegro",
	"MAR": "Morocco", "MOZ": "Mozambique", "MMR": "Myanmar", "NAM": "Namibia", "NPL": "Nepal",
	"NLD": "Netherlands", "NZL": "New Zealand", "NIC": "Nicaragua", "NER": "Niger", "NGA": "Nigeria",
	"NOR": "Norway", "OMN": "Oman", "PAK": "Pakistan", "PSE": "Palestine", "PAN": "Panama",
	"PRY": "Paraguay", "PER": "Peru", "PHL": "Philippines", "POL": "Poland", "PRT": "Portugal",
	"QAT": "Qatar", "ROU": "Romania", "RUS": "Russia", "RWA": "Rwanda", "SAU": "Saudi Arabia",
	"SEN": "Senegal", "SRB": "Serbia", "SLE": "Sierra Leone", "SGP": "Singapore", "SVK": "Slovakia",
	"SVN": "Slovenia", "SOM": "Somalia", "ZAF": "South Africa", "SSD": "South Sudan", "ESP": "Spain",
	"LKA": "Sri Lanka", "SDN": "Sudan", "SWE": "Sweden", "CHE": "Switzerland", "SYR": "Syria",
	"TWN": "Taiwan", "TJK": "Tajikistan", "TZA": "Tanzania", "THA": "Thailand", "TLS": "East Timor",
	"TGO": "Togo", "TUN": "Tunisia", "TUR": "Turkey", "TKM": "Turkmenistan", "UGA": "Uganda",
	"UKR": "Ukraine", "ARE": "United Arab Emirates", "GBR": "United Kingdom", "USA": "United States",
	"URY": "Uruguay", "UZB": "Uzbekistan", "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
	"ZMB": "Zambia", "ZWE": "Zimbabwe", "VAT": "Vatican",
}

// nonISO maps the Phoenix and legacy CAMEO country codes that are not ISO
// 3166-1 alpha-3 to the ISO code.
var nonISO = map[string]string{
	"KSV": "XKX", "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD",
	"TMP": "TLS", "YUG": "SRB", "SER": "SRB", "BUR": "MMR", "GER": "DEU", "UK": "GBR",
	"UKG": "GBR", "GMY": "DEU", "RUM": "ROU", "PAL": "PSE", "SUN": "RUS", "USR": "RUS",
	"ANG": "AGO", "KRJ": "HRV",
}

// codeNames give the canonical name of international actors by code, so
// that "UN", "U.N." and "the United Nations" are one entity.
var codeNames = map[string]string{
	"IGOUNO": "United Nations", "IGONAT": "NATO", "IGOEUREEC": "European Union",
	"IGOAFRAFU": "African Union", "IGOARBARL": "Arab League",
	"IGOUNOREFHCR": "UNHCR", "IGOUNOAGRWFP": "World Food Programme",
}

// curatedActors lists phrases (in any case; Key normalises them) and the
// actor they name.
var curatedActors = []curated{
	// Seats of government, named as the affiliation of their officials.
	{seat: true, keys: []string{"Kremlin"}, kind: Country, code: "RUS"},
	{seat: true, keys: []string{"White House", "Pentagon", "State Department", "Oval Office"}, kind: Country, code: "USA"},
	{seat: true, keys: []string{"Downing Street", "Whitehall", "Foreign Office"}, kind: Country, code: "GBR"},
	{seat: true, keys: []string{"Elysee", "Élysée", "Elysee Palace", "Quai d'Orsay"}, kind: Country, code: "FRA"},
	{seat: true, keys: []string{"Chancellery"}, kind: Country, code: "DEU"},
	{seat: true, keys: []string{"Zhongnanhai"}, kind: Country, code: "CHN"},
	{seat: true, keys: []string{"Knesset"}, kind: Country, code: "ISR"},
	// Regions named like a country's demonym: "Latin American countries"
	// are not American, "South American leaders" not South African.
	// Their codes name no country, so they resolve to no actor.
	{keys: []string{"Latin America", "Latin American", "Latin Americans", "South America", "South American", "South Americans",
		"Central America", "Central American", "Central Americans", "North America", "North American", "North Americans"}, kind: Country, code: "LAM"},
	{keys: []string{"Vatican", "Holy See", "Vatican City"}, kind: Country, code: "VAT"},
	// Governments by their capital or leader, and short forms.
	{keys: []string{"Moscow", "Russia", "Russian", "Russians", "Russian Federation", "Putin", "Putin's government"}, kind: Country, code: "RUS"},
	{keys: []string{"Washington", "US", "U.S.", "USA", "U.S.A.", "America", "American", "Americans", "United States", "United States of America", "Capitol Hill"}, kind: Country, code: "USA"},
	{keys: []string{"London", "Britain", "British", "Briton", "Britons", "UK", "U.K.", "United Kingdom", "Great Britain"}, kind: Country, code: "GBR"},
	{keys: []string{"Northern Ireland", "Belfast", "Ulster"}, kind: Country, code: "GBR"},
	{keys: []string{"Damascus", "Syria", "Syrian", "Syrians", "Assad", "Assad's administration", "Assad administration", "Assad's regime", "Assad regime", "Assad's government", "Assad government", "Syrian regime"}, kind: Country, code: "SYR"},
	{keys: []string{"Paris", "France", "French"}, kind: Country, code: "FRA"},
	{keys: []string{"Berlin", "Germany", "German", "Germans"}, kind: Country, code: "DEU"},
	{keys: []string{"Beijing", "China", "Chinese", "People's Republic of China", "PRC"}, kind: Country, code: "CHN"},
	{keys: []string{"Tehran", "Teheran", "Iran", "Iranian", "Iranians"}, kind: Country, code: "IRN"},
	{keys: []string{"Ankara", "Turkey", "Turkish", "Turks", "Turkiye", "Türkiye"}, kind: Country, code: "TUR"},
	{keys: []string{"Kiev", "Kyiv", "Ukraine", "Ukrainian", "Ukrainians"}, kind: Country, code: "UKR"},
	{keys: []string{"Tokyo", "Japan", "Japanese"}, kind: Country, code: "JPN"},
	{keys: []string{"Jerusalem", "Israel", "Israeli", "Israelis", "Tel Aviv"}, kind: Country, code: "ISR"},
	{keys: []string{"Palestinian", "Palestinians", "Palestine", "Ramallah", "Gaza", "Gaza Strip", "West Bank", "Palestinian Authority"}, kind: Country, code: "PSE"},
	{keys: []string{"Baghdad", "Iraq", "Iraqi", "Iraqis"}, kind: Country, code: "IRQ"},
	{keys: []string{"Kabul", "Afghanistan", "Afghan", "Afghans"}, kind: Country, code: "AFG"},
	{keys: []string{"Pyongyang", "North Korea", "North Korean", "North Koreans", "DPRK", "Democratic People's Republic of Korea"}, kind: Country, code: "PRK"},
	{keys: []string{"Seoul", "South Korea", "South Korean", "South Koreans"}, kind: Country, code: "KOR"},
	{keys: []string{"Riyadh", "Saudi Arabia", "Saudi", "Saudis"}, kind: Country, code: "SAU"},
	{keys: []string{"Cairo", "Egypt", "Egyptian", "Egyptians"}, kind: Country, code: "EGY"},
	{keys: []string{"New Delhi", "Delhi", "India", "Indian", "Indians"}, kind: Country, code: "IND"},
	{keys: []string{"Islamabad", "Pakistan", "Pakistani", "Pakistanis"}, kind: Country, code: "PAK"},
	// Places and peoples the 2015 dictionaries lack that belong to one
	// country (CAMEO codes people by where they live): West Bank towns,
	// the UAE's short form, Pakistan's provinces (not Punjab: two
	// countries), ethnic groups living in one country.
	{keys: []string{"Jericho", "Jenin", "Tulkarm", "Qalqilya", "Khan Younis", "Khan Yunis"}, kind: Country, code: "PSE"},
	{keys: []string{"Emirates", "UAE", "U.A.E."}, kind: Country, code: "ARE"},
	{keys: []string{"Sindh", "Balochistan", "Baluchistan", "Khyber Pakhtunkhwa"}, kind: Country, code: "PAK"},
	{keys: []string{"Yoruba", "Igbo"}, kind: Country, code: "NGA"},
	{keys: []string{"Uighur", "Uighurs", "Uyghur", "Uyghurs", "Xinjiang", "Tibet", "Tibetan", "Tibetans"}, kind: Country, code: "CHN"},
	{keys: []string{"Rohingya", "Rohingyas"}, kind: Country, code: "MMR"},
	{keys: []string{"Chechen", "Chechens", "Chechnya"}, kind: Country, code: "RUS"},
	// Places in the news after 2015 the dictionaries lack (2014 borders:
	// Crimea and the Donbas stay Ukraine's, as the dictionaries code them).
	{keys: []string{"Kherson", "Mariupol", "Bakhmut", "Zaporizhzhia", "Zaporizhzhya", "Zaporozhye", "Lviv", "Dnipro",
		"Dnipropetrovsk", "Kramatorsk", "Sievierodonetsk", "Severodonetsk", "Melitopol", "Sumy", "Chernihiv", "Bucha",
		"Irpin", "Avdiivka", "Mykolaiv", "Izium", "Kupiansk", "Vuhledar"}, kind: Country, code: "UKR"},
	{keys: []string{"Hama", "Deir ez-Zor", "Deir al-Zor", "Deir ez-Zour", "Tartus", "Latakia", "Palmyra"}, kind: Country, code: "SYR"},
	{keys: []string{"Marib", "Hodeidah", "Hudaydah", "Taiz"}, kind: Country, code: "YEM"},
	{keys: []string{"Sirte"}, kind: Country, code: "LBY"},
	{keys: []string{"Kismayo"}, kind: Country, code: "SOM"},
	{keys: []string{"Timbuktu", "Kidal", "Mopti"}, kind: Country, code: "MLI"},
	{keys: []string{"Mekelle", "Tigray", "Tigrayan", "Tigrayans", "Amhara"}, kind: Country, code: "ETH"},
	{keys: []string{"Sderot", "Ashkelon"}, kind: Country, code: "ISR"},
	{keys: []string{"El Fasher", "El Geneina"}, kind: Country, code: "SDN"},
	{keys: []string{"Beirut", "Lebanon", "Lebanese"}, kind: Country, code: "LBN"},
	{keys: []string{"Amman", "Jordan", "Jordanian"}, kind: Country, code: "JOR"},
	{keys: []string{"Tripoli", "Libya", "Libyan", "Libyans"}, kind: Country, code: "LBY"},
	{keys: []string{"Sanaa", "Yemen", "Yemeni"}, kind: Country, code: "YEM"},
	{keys: []string{"Ottawa", "Canada", "Canadian"}, kind: Country, code: "CAN"},
	{keys: []string{"Canberra", "Australia", "Australian"}, kind: Country, code: "AUS"},
	{keys: []string{"Rome", "Italy", "Italian"}, kind: Country, code: "ITA"},
	{keys: []string{"Madrid", "Spain", "Spanish"}, kind: Country, code: "ESP"},
	{keys: []string{"Warsaw", "Poland", "Polish"}, kind: Country, code: "POL"},
	{keys: []string{"Minsk", "Belarus", "Belarusian"}, kind: Country, code: "BLR"},
	{keys: []string{"Tbilisi", "Georgia", "Georgian"}, kind: Country, code: "GEO"},
	{keys: []string{"Baku", "Azerbaijan", "Azerbaijani", "Azeri"}, kind: Country, code: "AZE"},
	{keys: []string{"Yerevan", "Armenia", "Armenian"}, kind: Country, code: "ARM"},
	{keys: []string{"Taipei", "Taiwan", "Taiwanese"}, kind: Country, code: "TWN"},
	{keys: []string{"Hanoi", "Vietnam", "Vietnamese", "Viet Nam"}, kind: Country, code: "VNM"},
	{keys: []string{"Caracas", "Venezuela", "Venezuelan"}, kind: Country, code: "VEN"},
	{keys: []string{"Havana", "Cuba", "Cuban"}, kind: Country, code: "CUB"},
	{keys: []string{"Belgrade", "Serbia", "Serbian", "Serb", "Serbs"}, kind: Country, code: "SRB"},
	{keys: []string{"Pristina", "Kosovo", "Kosovar"}, kind: Country, code: "XKX"},
	{keys: []string{"Abidjan", "Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire", "Ivorian"}, kind: Country, code: "CIV"},
	{keys: []string{"Czechia", "Czech Republic", "Czech", "Prague"}, kind: Country, code: "CZE"},
	{keys: []string{"Hong Kong"}, kind: Country, code: "HKG"},

	// International organisations.
	{keys: []string{"United Nations", "UN", "U.N."}, name: "United Nations", kind: Org, code: "IGOUNO"},
	{keys: []string{"UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council", "UNSC"}, name: "UN Security Council", kind: Org, code: "IGOUNO"},
	{keys: []string{"UN General Assembly", "U.N. General Assembly", "General Assembly"}, name: "UN General Assembly", kind: Org, code: "IGOUNO"},
	{keys: []string{"UNHCR", "UN refugee agency", "U.N. refugee agency"}, name: "UNHCR", kind: Org, code: "IGOUNOREFHCR"},
	{keys: []string{"World Food Programme", "World Food Program", "WFP"}, name: "World Food Programme", kind: Org, code: "IGOUNOAGRWFP"},
	{keys: []string{"UNICEF"}, name: "UNICEF", kind: Org, code: "IGOUNOHLH"},
	{keys: []string{"World Health Organization", "WHO"}, name: "World Health Organization", kind: Org, code: "IGOUNOHLH"},
	{keys: []string{"International Atomic Energy Agency", "IAEA"}, name: "IAEA", kind: Org, code: "IGOUNOENR"},
	{keys: []string{"NATO", "North Atlantic Treaty Organization", "Nato"}, name: "NATO", kind: Org, code: "IGONAT"},
	{keys: []string{"European Union", "EU", "E.U.", "European Commission", "Brussels", "European Community", "EC"}, name: "European Union", kind: Org, code: "IGOEUREEC"},
	{keys: []string{"African Union", "AU"}, name: "African Union", kind: Org, code: "IGOAFRAFU"},
	{keys: []string{"Arab League", "League of Arab States"}, name: "Arab League", kind: Org, code: "IGOARBARL"},
	{keys: []string{"International Criminal Court", "ICC"}, name: "International Criminal Court", kind: Org, code: "IGOUNOJUD"},
	{keys: []string{"OPCW", "Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"}, name: "OPCW", kind: Org, code: "IGO"},
	{keys: []string{"OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"}, name: "OSCE", kind: Org, code: "IGOEUROSC"},
	// Blocs the Phoenix dictionaries (about 2015) lack or name only in
	// comments.
	{keys: []string{"Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"}, name: "CSTO", kind: Org, code: "IGO"},
	{keys: []string{"Gulf Cooperation Council", "GCC"}, name: "Gulf Cooperation Council", kind: Org, code: "IGO"},
	{keys: []string{"Eurasian Economic Union", "EAEU"}, name: "Eurasian Economic Union", kind: Org, code: "IGO"},
	{keys: []string{"Mercosur", "Mercosul"}, name: "Mercosur", kind: Org, code: "IGO"},
	{keys: []string{"World Trade Organization", "World Trade Organisation", "WTO"}, name: "World Trade Organization", kind: Org, code: "IGO"},
	{keys: []string{"Caricom", "CARICOM", "Caribbean Community"}, name: "Caribbean Community", kind: Org, code: "IGOCRB"},
	{keys: []string{"Red Cross", "International Committee of the Red Cross", "ICRC", "Red Crescent"}, name: "Red Cross", kind: Org, code: "NGOHLH"},
	{keys: []string{"Amnesty International", "Amnesty"}, name: "Amnesty International", kind: Org, code: "NGOHRIAMN"},
	{keys: []string{"Human Rights Watch", "HRW"}, name: "Human Rights Watch", kind: Org, code: "NGOHRIHRW"},
	{keys: []string{"Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF"}, name: "Doctors Without Borders", kind: Org, code: "NGOHLHMSF"},
	// A monitor of the Syrian war run by Syrian exiles from Coventry: coded
	// as a Syrian non-governmental actor (like Phoenix codes a demonym plus
	// an NGO word); its seat is a location, not its side.
	{keys: []string{"Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory"}, name: "Syrian Observatory for Human Rights", kind: Org, code: "NGOSYRHRI", country: "SYR"},
	{keys: []string{"White Helmets", "Syria Civil Defence", "Syrian Civil Defence"}, name: "White Helmets", kind: Org, code: "NGOSYR", country: "SYR"},

	// Armed groups.
	{keys: []string{"Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"}, name: "Islamic State", kind: Group, code: "IMGMUSISI"},
	{keys: []string{"al-Qaeda", "al Qaeda", "al-Qaida", "al Qaida", "Al-Qaeda", "Qaeda"}, name: "al-Qaeda", kind: Group, code: "IMGMUSALQ"},
	{keys: []string{"Hezbollah", "Hizbollah", "Hizbullah"}, name: "Hezbollah", kind: Group, code: "LBNREBHEZ", country: "LBN"},
	{keys: []string{"Fatah", "Fatah Party", "PLO", "Palestine Liberation Organization", "Palestinian Liberation Organization"}, name: "Fatah", kind: Group, code: "PSEFAT", country: "PSE"},
	{keys: []string{"Hamas"}, name: "Hamas", kind: Group, code: "PSEREBHMS", country: "PSE"},
	{keys: []string{"Taliban"}, name: "Taliban", kind: Group, code: "AFGREBTAL", country: "AFG"},
	{keys: []string{"Nusra Front", "al-Nusra Front", "Jabhat al-Nusra", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham", "HTS"}, name: "Nusra Front", kind: Group, code: "SYRREBNUS", country: "SYR"},
	{keys: []string{"Free Syrian Army", "FSA"}, name: "Free Syrian Army", kind: Group, code: "SYRREB", country: "SYR"},
	{keys: []string{"Houthis", "Houthi", "Huthis", "Huthi", "Ansar Allah"}, name: "Houthis", kind: Group, code: "YEMREB", country: "YEM"},
	{keys: []string{"Boko Haram"}, name: "Boko Haram", kind: Group, code: "NGAREBBOK", country: "NGA"},
	{keys: []string{"al-Shabaab", "al Shabaab", "Shabaab", "al-Shabab"}, name: "al-Shabaab", kind: Group, code: "SOMREBSHB", country: "SOM"},
	{keys: []string{"PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"}, name: "PKK", kind: Group, code: "TURREBPKK", country: "TUR"},
	{keys: []string{"Tamil Tigers", "Liberation Tigers of Tamil Eelam", "LTTE"}, name: "Tamil Tigers", kind: Group, code: "LKAREB", country: "LKA"},
}

// curatedRoles adds role words (agents) PETRARCH lacks or spells otherwise;
// the value is the agent code.
var curatedRoles = map[string]string{
	"spokesperson": "GOV", "spokesman": "GOV", "spokeswoman": "GOV", "spokespeople": "GOV",
	"secretary-general": "GOV", "secretary general": "GOV", "deputy secretary-general": "GOV",
	"foreign minister": "GOV", "foreign secretary": "GOV", "defence minister": "GOV", "defense minister": "GOV",
	"defence secretary": "GOV", "defense secretary": "GOV", "secretary of state": "GOV", "interior minister": "GOV",
	"home secretary": "GOV", "finance minister": "GOV", "prime minister": "GOV", "president": "GOV",
	"vice president": "GOV", "vice-president": "GOV", "chancellor": "GOV", "king": "GOV", "queen": "GOV", "emir": "GOV",
	"ambassador": "GOV", "envoy": "GOV", "special envoy": "GOV", "negotiator": "GOV", "chief negotiator": "GOV",
	"deputy foreign minister": "GOV", "vice foreign minister": "GOV", "junior foreign minister": "GOV",
	"leader": "GOV", "official": "GOV", "officials": "GOV", "minister": "GOV", "ministry": "GOV",
	"foreign ministry": "GOV", "defence ministry": "MIL", "defense ministry": "MIL", "government": "GOV",
	"authorities": "GOV", "aide": "GOV", "adviser": "GOV", "advisor": "GOV", "diplomat": "GOV", "diplomats": "GOV",
	"forces": "MIL", "government forces": "MIL", "security forces": "MIL", "troops": "MIL", "army": "MIL",
	"military": "MIL", "soldiers": "MIL", "warplanes": "MIL", "jets": "MIL", "aircraft": "MIL", "navy": "MIL",
	"air force": "MIL", "police": "COP", "policemen": "COP", "riot police": "COP", "commander": "MIL",
	"general": "MIL", "gen": "MIL", "brig": "MIL", "col": "MIL", "maj": "MIL", "adm": "MIL", "rebels": "REB", "rebel": "REB", "insurgents": "INS", "militants": "INS",
	"militiamen": "REB", "militia": "REB", "guerrillas": "REB", "guerillas": "REB", "fighters": "REB",
	"opposition": "OPP", "protesters": "OPP", "demonstrators": "OPP", "activists": "OPP",
	"monitor": "NGO", "watchdog": "NGO", "group": "NGO", "chief": "GOV", "head": "GOV",
	"representative": "GOV", "delegation": "GOV", "parliament": "LEG", "lawmakers": "LEG", "senator": "LEG",
	"regime": "GOV", "administration": "GOV", "cabinet": "GOV", "judge": "JUD", "court": "JUD",
	"prosecutor": "JUD", "prosecutors": "JUD", "settlers": "CVL", "civilians": "CVL", "refugees": "REF",
	"tanks": "MIL", "helicopters": "MIL", "gunships": "MIL", "bombers": "INS", "suicide bombers": "INS",
	"airstrikes": "MIL", "air strikes": "MIL", "strikes": "MIL",
}

// notRoles are PETRARCH agent words too ambiguous as a role before a name.
var notRoles = map[string]bool{
	"said": true, "says": true, "more": true, "people": true, "person": true, "man": true, "men": true,
	"woman": true, "women": true, "new": true, "the": true, "a": true,
}

// stopKeys are dictionary phrases that are also common English words at
// the start of a sentence or in headlines; they never name an actor alone.
var stopKeys = map[string]bool{
	"THE": true, "A": true, "AN": true, "MAY": true, "WILL": true, "SAID": true, "NEW": true,
	"GENERAL": true, "CENTRAL": true, "STATE": true, "SAN": true, "SANTA": true, "GUARD": true,
	"MARCH": true, "JUNE": true, "JULY": true, "AUGUST": true, "APRIL": true, "MONDAY": true,
	"SUNDAY": true, "SATURDAY": true, "FRIDAY": true, "THURSDAY": true, "WEDNESDAY": true, "TUESDAY": true,
	"ONE": true, "TWO": true, "AT": true, "ON": true, "IN": true, "OF": true, "FOR": true, "BY": true,
	"IT": true, "HE": true, "SHE": true, "WE": true, "THEY": true, "HIS": true, "HER": true, "OUR": true,
	"NO": true, "AS": true, "TO": true, "BUT": true, "AND": true, "OR": true, "IF": true, "SO": true,
	"HOPE": true, "VICTORIA": true, "IMAGE": true, "PHOTO": true, "VIDEO": true, "NORTH": true,
	"SOUTH": true, "EAST": true, "WEST": true, "MOUNT": true, "PORT": true, "FORT": true, "CAPE": true,
	"UNION": true, "REPUBLIC": true, "KINGDOM": true, "ISLAND": true, "ISLANDS": true, "CITY": true,
	"MEDIA": true, "PRESS": true, "NEWS": true, "TV": true, "POLICE": true, "ARMY": true, "MILITARY": true,
	"GOVERNMENT": true, "PRESIDENT": true, "MINISTER": true, "OFFICIALS": true, "OFFICIAL": true,
	"AFP": true, "REUTERS": true, "AP": true, "DPA": true, "MORE": true, "FROM": true, "WHAT": true, "THIS": true, "THAT": true, "THERE": true,
	"HAVE": true, "HAS": true, "BE": true, "ALL": true, "ALSO": true, "STILL": true, "JUST": true,
	"DEFENCE": true, "DEFENSE": true, "FOREIGN": true, "INTERIOR": true, "TRADE": true,
}
