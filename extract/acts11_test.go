package extract

import "testing"

// Rules of the eleventh round (issue #4): constructions seen in at least
// three development sets; every sentence written for the test, none from
// a gold set.

// TestTalksParties: talks named by a bare noun that an agreement came
// after are the agreement's parties' consultation, in the same sentence
// or the next; a host or mediator named right after the noun consults
// with those parties, not with the city the talks were held in.
func TestTalksParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"agreed ..., after days of talks", "Serbia and Kosovo agreed on Tuesday to recognise each other's identity documents, after three days of talks in Brussels.",
			[]wantEvent{{typ: "meet", src: "country/SRB"}, {typ: "meet", src: "country/XKX"}}, nil},
		{"following talks", "Sudan and South Sudan agreed on Sunday to reopen their oil pipeline following two weeks of negotiations.",
			[]wantEvent{{typ: "meet", src: "country/SDN"}, {typ: "meet", src: "country/SSD"}}, nil},
		{"the next sentence", "Israel and Lebanon agreed on Thursday to a maritime border. The deal was announced after months of talks.",
			[]wantEvent{{typ: "meet", src: "country/ISR"}, {typ: "meet", src: "country/LBN"}}, nil},
		{"talks hosted by", "Eritrea and Ethiopia agreed on Monday to restore air links, after two days of talks hosted by Saudi Arabia.",
			[]wantEvent{{typ: "meet", src: "country/SAU", tgt: "country/ERI"}, {typ: "meet", src: "country/SAU", tgt: "country/ETH"}}, nil},
		{"talks in CITY mediated by", "Sudan and Chad agreed on Friday to stop backing each other's rebels after a week of talks in Doha mediated by Qatar.",
			[]wantEvent{{typ: "meet", src: "country/QAT", tgt: "country/SDN"}}, []wantEvent{{typ: "meet", src: "country/QAT", tgt: "-"}}},
		// guards: talks with no agreement, or not before one, get no parties
		{"talks before a vote", "Thousands rallied in Bogota after talks between the unions broke down.",
			nil, []wantEvent{{typ: "meet", src: "country/COL"}}},
		{"no agreement named", "Venezuela expelled the Spanish ambassador on Friday, after weeks of talks.",
			nil, []wantEvent{{typ: "meet", src: "country/VEN"}}},
	})
}
