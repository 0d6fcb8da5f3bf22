package corpus

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// country is one state the generator writes about.
type country struct {
	iso3, name, adj, capital string
	// alias is how the press names the government ("the Kremlin").
	alias string
}

var countries = []country{
	{"USA", "United States", "US", "Washington", "the White House"},
	{"RUS", "Russia", "Russian", "Moscow", "the Kremlin"},
	{"CHN", "China", "Chinese", "Beijing", "Beijing"},
	{"GBR", "United Kingdom", "British", "London", "Downing Street"},
	{"FRA", "France", "French", "Paris", "the Elysee"},
	{"DEU", "Germany", "German", "Berlin", "Berlin"},
	{"SYR", "Syria", "Syrian", "Damascus", "Damascus"},
	{"IRN", "Iran", "Iranian", "Tehran", "Tehran"},
	{"ISR", "Israel", "Israeli", "Jerusalem", "Jerusalem"},
	{"TUR", "Turkey", "Turkish", "Ankara", "Ankara"},
	{"UKR", "Ukraine", "Ukrainian", "Kyiv", "Kyiv"},
	{"SAU", "Saudi Arabia", "Saudi", "Riyadh", "Riyadh"},
	{"PRK", "North Korea", "North Korean", "Pyongyang", "Pyongyang"},
	{"KOR", "South Korea", "South Korean", "Seoul", "Seoul"},
	{"JPN", "Japan", "Japanese", "Tokyo", "Tokyo"},
	{"IND", "India", "Indian", "New Delhi", "New Delhi"},
	{"PAK", "Pakistan", "Pakistani", "Islamabad", "Islamabad"},
	{"AFG", "Afghanistan", "Afghan", "Kabul", "Kabul"},
	{"IRQ", "Iraq", "Iraqi", "Baghdad", "Baghdad"},
	{"EGY", "Egypt", "Egyptian", "Cairo", "Cairo"},
	{"LBY", "Libya", "Libyan", "Tripoli", "Tripoli"},
	{"YEM", "Yemen", "Yemeni", "Sanaa", "Sanaa"},
	{"QAT", "Qatar", "Qatari", "Doha", "Doha"},
	{"ARE", "United Arab Emirates", "Emirati", "Abu Dhabi", "Abu Dhabi"},
	{"LBN", "Lebanon", "Lebanese", "Beirut", "Beirut"},
	{"JOR", "Jordan", "Jordanian", "Amman", "Amman"},
	{"POL", "Poland", "Polish", "Warsaw", "Warsaw"},
	{"ITA", "Italy", "Italian", "Rome", "Rome"},
	{"ESP", "Spain", "Spanish", "Madrid", "Madrid"},
	{"NLD", "Netherlands", "Dutch", "The Hague", "The Hague"},
	{"BEL", "Belgium", "Belgian", "Brussels", "Brussels"},
	{"SWE", "Sweden", "Swedish", "Stockholm", "Stockholm"},
	{"NOR", "Norway", "Norwegian", "Oslo", "Oslo"},
	{"FIN", "Finland", "Finnish", "Helsinki", "Helsinki"},
	{"GRC", "Greece", "Greek", "Athens", "Athens"},
	{"HUN", "Hungary", "Hungarian", "Budapest", "Budapest"},
	{"SRB", "Serbia", "Serbian", "Belgrade", "Belgrade"},
	{"BLR", "Belarus", "Belarusian", "Minsk", "Minsk"},
	{"GEO", "Georgia", "Georgian", "Tbilisi", "Tbilisi"},
	{"ARM", "Armenia", "Armenian", "Yerevan", "Yerevan"},
	{"AZE", "Azerbaijan", "Azerbaijani", "Baku", "Baku"},
	{"KAZ", "Kazakhstan", "Kazakh", "Astana", "Astana"},
	{"BRA", "Brazil", "Brazilian", "Brasilia", "Brasilia"},
	{"ARG", "Argentina", "Argentine", "Buenos Aires", "Buenos Aires"},
	{"VEN", "Venezuela", "Venezuelan", "Caracas", "Caracas"},
	{"COL", "Colombia", "Colombian", "Bogota", "Bogota"},
	{"MEX", "Mexico", "Mexican", "Mexico City", "Mexico City"},
	{"CUB", "Cuba", "Cuban", "Havana", "Havana"},
	{"CAN", "Canada", "Canadian", "Ottawa", "Ottawa"},
	{"AUS", "Australia", "Australian", "Canberra", "Canberra"},
	{"NGA", "Nigeria", "Nigerian", "Abuja", "Abuja"},
	{"ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "Addis Ababa"},
	{"KEN", "Kenya", "Kenyan", "Nairobi", "Nairobi"},
	{"ZAF", "South Africa", "South African", "Pretoria", "Pretoria"},
	{"SDN", "Sudan", "Sudanese", "Khartoum", "Khartoum"},
	{"SOM", "Somalia", "Somali", "Mogadishu", "Mogadishu"},
	{"MLI", "Mali", "Malian", "Bamako", "Bamako"},
	{"MMR", "Myanmar", "Myanmar", "Naypyidaw", "Naypyidaw"},
	{"THA", "Thailand", "Thai", "Bangkok", "Bangkok"},
	{"VNM", "Vietnam", "Vietnamese", "Hanoi", "Hanoi"},
	{"PHL", "Philippines", "Philippine", "Manila", "Manila"},
	{"IDN", "Indonesia", "Indonesian", "Jakarta", "Jakarta"},
}

var roles = []string{"president", "prime minister", "foreign minister", "defence minister", "spokesman", "ambassador to the United Nations"}

var firstNames = []string{"Sergei", "Maria", "Ahmed", "John", "Li", "Anna", "Mohammed", "Jean", "Hans", "Olga", "Yusuf", "Elena", "David", "Fatima", "Pedro", "Kim", "Hiroshi", "Priya", "Ali", "Sophie", "Viktor", "Laura", "Omar", "Ivan", "Carlos", "Amina", "Tomasz", "Ingrid", "Recep", "Mehmet"}
var lastNames = []string{"Petrov", "Zakharova", "Hassan", "Miller", "Wei", "Kowalski", "Al-Rashid", "Dubois", "Schmidt", "Ivanova", "Demir", "Novak", "Cohen", "Haddad", "Silva", "Park", "Tanaka", "Sharma", "Karimi", "Laurent", "Orban", "Rossi", "Nasser", "Volkov", "Garcia", "Okafor", "Nowak", "Larsen", "Yilmaz", "Aziz", "Lavrentiev", "Morales", "Chen", "Abadi", "Moreau"}

// organisation is an international body or NGO.
type organisation struct {
	id, name, alias, code, kind string
}

var organisations = []organisation{
	{"org/un", "United Nations", "the UN", "IGOUNO", extract.KindOrganization},
	{"org/nato", "NATO", "the alliance", "IGONAT", extract.KindOrganization},
	{"org/eu", "European Union", "the EU", "IGOEUR", extract.KindOrganization},
	{"org/opcw", "Organisation for the Prohibition of Chemical Weapons", "the OPCW", "IGO", extract.KindOrganization},
	{"org/iaea", "International Atomic Energy Agency", "the IAEA", "IGO", extract.KindOrganization},
	{"org/who", "World Health Organization", "the WHO", "IGOWHO", extract.KindOrganization},
	{"org/icrc", "International Committee of the Red Cross", "the Red Cross", "NGO", extract.KindOrganization},
	{"org/amnesty", "Amnesty International", "Amnesty", "NGOAMN", extract.KindOrganization},
	{"org/hrw", "Human Rights Watch", "HRW", "NGOHRW", extract.KindOrganization},
	{"org/osce", "Organization for Security and Co-operation in Europe", "the OSCE", "IGO", extract.KindOrganization},
	{"org/african-union", "African Union", "the AU", "IGOAFR", extract.KindOrganization},
	{"org/arab-league", "Arab League", "the Arab League", "IGOARL", extract.KindOrganization},
	{"group/islamic-state", "Islamic State", "IS militants", "IMGSUNISI", extract.KindGroup},
	{"group/taliban", "Taliban", "the Taliban", "IMGTAL", extract.KindGroup},
	{"group/hezbollah", "Hezbollah", "Hezbollah", "LBNREB", extract.KindGroup},
	{"group/houthis", "Houthi rebels", "the Houthis", "YEMREB", extract.KindGroup},
	{"group/al-shabaab", "al-Shabaab", "al-Shabaab fighters", "SOMREB", extract.KindGroup},
	{"group/syrian-rebels", "Syrian rebels", "rebel fighters", "SYRREB", extract.KindGroup},
}

// actor is an entity together with the surface form a sentence uses.
type actor struct {
	ent     extract.Entity
	mention string
}

func countryEntity(c country) extract.Entity {
	return extract.Entity{ID: "country/" + c.iso3, Name: c.name, Kind: extract.KindCountry, Country: c.iso3, Code: c.iso3}
}

// official is the holder of a role in a country; names are a fixed function
// of country and role so the same person recurs across articles.
func official(ci, ri int) extract.Entity {
	c := countries[ci]
	first := firstNames[(ci*7+ri*3)%len(firstNames)]
	last := lastNames[(ci*11+ri*5+ri*ri)%len(lastNames)]
	name := first + " " + last
	code := c.iso3 + "GOV"
	return extract.Entity{ID: "person/" + extract.Slug(name) + "-" + strings.ToLower(c.iso3), Name: name, Kind: extract.KindPerson,
		Country: c.iso3, Code: code, Role: roles[ri], Affiliation: c.name + " government"}
}

func orgEntity(o organisation) extract.Entity {
	return extract.Entity{ID: o.id, Name: o.name, Kind: o.kind, Code: o.code}
}
