package temporal

import (
	"os"
	"strings"
	"testing"
	"time"
)

var tagger = NewTagger()

func dct(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected expression: its text, value and, where given,
// type, granularity, mod and From/To.
type want struct {
	text, value string
	typ, gran   string
	mod         string
	from, to    string
}

func check(t *testing.T, sentence string, got []Timex, ws []want) {
	t.Helper()
	for _, w := range ws {
		var x *Timex
		for i := range got {
			if got[i].Text == w.text {
				x = &got[i]
				break
			}
		}
		if x == nil {
			t.Errorf("%q: no expression %q; got %s", sentence, w.text, dump(got))
			continue
		}
		if sentence[x.Start:x.End] != x.Text {
			t.Errorf("%q: offsets %d..%d do not give %q", sentence, x.Start, x.End, x.Text)
		}
		if x.Value != w.value {
			t.Errorf("%q: %q value %s, want %s", sentence, w.text, x.Value, w.value)
		}
		if w.typ != "" && x.Type != w.typ {
			t.Errorf("%q: %q type %s, want %s", sentence, w.text, x.Type, w.typ)
		}
		if w.gran != "" && x.Granularity != w.gran {
			t.Errorf("%q: %q granularity %s, want %s", sentence, w.text, x.Granularity, w.gran)
		}
		if w.mod != "" && x.Mod != w.mod {
			t.Errorf("%q: %q mod %q, want %q", sentence, w.text, x.Mod, w.mod)
		}
		if w.from != "" && (x.From.Format("2006-01-02") != w.from || x.To.Format("2006-01-02") != w.to) {
			t.Errorf("%q: %q interval %s..%s, want %s..%s", sentence, w.text, x.From.Format("2006-01-02"), x.To.Format("2006-01-02"), w.from, w.to)
		}
	}
}

func dump(xs []Timex) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString("[" + x.Text + "=" + x.Value + "]")
	}
	return b.String()
}

// Sentences written in the style of wire copy, plus a few from TimeBank
// and AQUAINT, each with its publication date.
func TestTagRules(t *testing.T) {
	cases := []struct {
		dct, text string
		want      []want
	}{
		// Weekdays: tense decides, and the publication day is itself.
		{"2016-09-26", "Rebels on Thursday launched an assault on the city.", []want{{text: "Thursday", value: "2016-09-22", typ: "DATE", gran: "day"}}},
		{"2016-09-26", "The Kremlin on Monday rejected the accusations.", []want{{text: "Monday", value: "2016-09-26"}}},
		{"2016-09-26", "The foreign ministers will meet in Geneva on Thursday.", []want{{text: "Thursday", value: "2016-09-29"}}},
		{"2016-09-26", "The talks are due to resume on Friday.", []want{{text: "Friday", value: "2016-09-30"}}},
		{"2016-09-28", "He said last Friday that the deal was off.", []want{{text: "last Friday", value: "2016-09-23"}}},
		{"2016-09-28", "The vote is scheduled for next Monday.", []want{{text: "next Monday", value: "2016-10-03"}}},
		{"2016-09-26", "Police said the suspect was arrested Sunday night.", []want{{text: "Sunday night", value: "2016-09-25TNI", typ: "TIME"}}},
		// A plan or schedule reported in the past still lies ahead;
		// the past perfect does not (AQUAINT sentences).
		{"2000-01-07", "Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around Miami International Airport.", []want{{text: "Saturday", value: "2000-01-08"}}},
		{"1999-02-10", "The official said that the accession was planned for early March, but no exact date was fixed yet.", []want{{text: "early March", value: "1999-03", mod: "START"}}},
		{"2000-04-03", "The group might come to the U.S. as soon as Tuesday, according to unconfirmed media reports.", []want{{text: "Tuesday", value: "2000-04-04"}}},
		{"2000-04-03", "Castro said the group would be ready to leave for the United States as soon as Tuesday.", []want{{text: "Tuesday", value: "2000-04-04"}}},
		// an adverb + participle after a determiner is an adjective, not the verb
		{"2019-03-14", "On Monday, the hastily scheduled talks between the two sides collapsed.", []want{{text: "Monday", value: "2019-03-11"}}},
		{"2019-03-14", "On Monday, the hastily arranged meeting will take place in Brussels.", []want{{text: "Monday", value: "2019-03-18"}}},
		// "one day" after a modal is some day in the future; otherwise a length
		{"2018-04-18", "Supporters say the country could one day host the Olympic Games.", []want{{text: "one day", value: "FUTURE_REF", typ: "DATE"}}},
		{"2018-04-18", "The visit was cut to one day because of the storm.", []want{{text: "one day", value: "P1D", typ: "DURATION"}}},
		// "for the year of $X": the amount belongs to "high"
		{"2021-10-28", "The stock hit a high for the year of $42.50 in June.", []want{{text: "the year", value: "2021"}, {text: "June", value: "2021-06"}}},
		// The present in a temporal or conditional clause is future.
		{"2000-03-29", "Lazaro Gonzalez still had not signed an agreement to hand the child over if the relatives lose a fight to keep him when the case is heard in May.", []want{{text: "May", value: "2000-05"}}},
		{"2016-09-26", "The rebels said they withdrew in May when the talks were stalled.", []want{{text: "May", value: "2016-05"}}},
		{"2016-09-28", "The vote had been scheduled for Monday but was postponed.", []want{{text: "Monday", value: "2016-09-26"}}},
		{"2016-09-26", "The Sun reported that troops sat in their barracks in May.", []want{{text: "May", value: "2016-05"}}},
		// Month names and days.
		{"2016-09-26", "Zakaria received his camera on December 8 in Izmir.", []want{{text: "December 8", value: "2015-12-08", from: "2015-12-08", to: "2015-12-08"}}},
		{"2016-09-26", "The summit will open on December 8 in Vienna.", []want{{text: "December 8", value: "2016-12-08"}}},
		{"2016-09-26", "The law was passed on Dec. 8, 2015, by parliament.", []want{{text: "Dec. 8, 2015", value: "2015-12-08"}}},
		{"2016-09-26", "The ceasefire collapsed in September 2015.", []want{{text: "September 2015", value: "2015-09", gran: "month", from: "2015-09-01", to: "2015-09-30"}}},
		{"2016-09-26", "She was born on 7 June 1990 in Leeds.", []want{{text: "7 June 1990", value: "1990-06-07"}}},
		// Spoken years after a month or season (broadcast transcripts, TimeBank).
		{"1998-02-27", "One person is killed. January nineteen ninety-seven. Atlanta again.", []want{{text: "January nineteen ninety-seven", value: "1997-01", gran: "month"}}},
		{"1998-02-23", "Next up is that thirteen dollar a barrel level we saw in the winter of nineteen ninety-four.", []want{{text: "the winter of nineteen ninety-four", value: "1994-WI"}}},
		{"2016-09-26", "In January twenty people were killed.", []want{{text: "January", value: "2016-01"}}},
		{"2016-09-26", "Prices rose sharply in early 2015.", []want{{text: "early 2015", value: "2015", mod: "START"}}},
		// The month after the publication month is the coming one even
		// in a past-tense sentence (AQUAINT, TimeBank).
		{"1990-08-16", "Saudi Arabia told U.S., European and Japanese oil companies of a 15-20 percent cutback in its oil supply in September.", []want{{text: "September", value: "1990-09"}}},
		{"2016-12-20", "The ministry announced a price rise in January.", []want{{text: "January", value: "2017-01"}}},
		{"2016-09-26", "The ministry announced a price rise in November.", []want{{text: "November", value: "2015-11"}}},
		{"2016-09-26", "The offensive began in late November.", []want{{text: "late November", value: "2015-11", mod: "END"}}},
		{"2016-09-26", "Exports fell in July last year.", []want{{text: "July last year", value: "2015-07"}}},
		{"2016-09-26", "The museum was closed from May to July.", []want{{text: "May", value: "2016-05", gran: "interval", from: "2016-05-01", to: "2016-07-31"}, {text: "July", value: "2016-07", gran: "interval"}}},
		{"2016-09-26", "The report, published 2016-09-22, lists 40 sites.", []want{{text: "2016-09-22", value: "2016-09-22", typ: "DATE"}}},
		// Relative units.
		{"2016-09-26", "A ceasefire brokered by the US collapsed last week.", []want{{text: "last week", value: "2016-W38", gran: "week", from: "2016-09-19", to: "2016-09-25"}}},
		{"2016-09-26", "The exhibition, which opens this weekend, shows 200 images.", []want{{text: "this weekend", value: "2016-W39-WE", gran: "weekend", from: "2016-10-01", to: "2016-10-02"}}},
		// an attribution after a comma does not set the tense of the
		// clause before it
		{"2022-10-10", "The Group of Seven leaders will hold an emergency video call on Tuesday, Germany said.", []want{{text: "Tuesday", value: "2022-10-11"}}},
		{"2016-09-26", "Dozens were killed in air strikes this weekend.", []want{{text: "this weekend", value: "2016-W38-WE", from: "2016-09-24", to: "2016-09-25"}}},
		{"2016-09-26", "Over the weekend, police detained 40 people.", []want{{text: "the weekend", value: "2016-W38-WE"}}},
		{"2016-09-30", "Storms are expected over the weekend.", []want{{text: "the weekend", value: "2016-W39-WE"}}},
		// "this weekend" with no tense cue on a weekday is the coming one
		{"2020-10-28", "Both campaigns are sending surrogates to the state this weekend.", []want{{text: "this weekend", value: "2020-W44-WE"}}},
		{"2016-09-26", "Unemployment rose last year and will fall next year.", []want{{text: "last year", value: "2015", gran: "year"}, {text: "next year", value: "2017"}}},
		{"2016-09-26", "The company announced earlier this month that it would cut jobs.", []want{{text: "earlier this month", value: "2016-09", mod: "START"}}},
		{"2016-09-26", "Talks are expected to conclude by the end of the year.", []want{{text: "the end of the year", value: "2016", mod: "END"}}},
		{"2016-09-26", "The war in Syria has raged since 2011.", []want{{text: "2011", value: "2011", gran: "interval", from: "2011-01-01", to: "2016-09-26"}}},
		{"1989-10-27", "Mr. Fournier said Navigation Mixte's 1989 profit is likely to fall.", []want{{text: "1989", value: "1989"}}},
		{"1989-10-27", "Sales reached $4 billion. 1988 was a record year.", []want{{text: "1988", value: "1988"}}},
		{"2016-09-26", "The conflict erupted in 2011.", []want{{text: "2011", value: "2011", gran: "year"}}},
		{"2016-09-26", "The 2014-2016 drought ruined farmers.", []want{{text: "2014", value: "2014", gran: "interval", from: "2014-01-01", to: "2016-12-31"}, {text: "2016", value: "2016", gran: "interval"}}},
		// Anchored and ago.
		{"2016-09-26", "The convoy was hit on Monday, Sept. 19. Two days later, the UN suspended deliveries.", []want{{text: "Two days later", value: "2016-09-21"}}},
		{"2016-09-26", "The bridge was destroyed three years ago.", []want{{text: "three years ago", value: "2013", gran: "year"}}},
		{"2016-09-26", "The minister resigned two weeks ago.", []want{{text: "two weeks ago", value: "2016-W37"}}},
		{"2000-02-24", "The day before last Tuesday's federal court hearing, the family met in Miami.", []want{{text: "The day before last Tuesday", value: "2000-02-21"}}},
		{"2016-09-28", "The ceasefire collapsed the day after Monday.", []want{{text: "the day after Monday", value: "2016-09-27"}}},
		// "that day" after a month or a year: a day of it, not its first day.
		{"1999-02-06", "Dr. Barnett Slepian was gunned down last October. His name on the Web site was crossed out that same day.", []want{{text: "last October", value: "1998-10"}, {text: "that same day", value: "1998-10-XX"}}},
		{"1989-10-30", "In 1987, market makers suffered huge losses on trades made that day.", []want{{text: "that day", value: "1987-XX-XX"}}},
		{"2016-09-26", "The convoy was hit on Sept. 19. That day, aid workers fled.", []want{{text: "That day", value: "2016-09-19"}}},
		{"2024-03-18", "The strike began on 3 March. A week later, the unions called it off, and the following day trains ran normally.", []want{{text: "A week later", value: "2024-03-10"}, {text: "the following day", value: "2024-03-11"}}},
		{"2024-03-18", "His visa expired two and a half years ago.", []want{{text: "two and a half years ago", value: "2022"}}},
		{"2024-03-18", "Emissions will keep rising over the next decade.", []want{{text: "the next decade", value: "P10Y", typ: "DURATION"}}},
		// Quarters, seasons, decades, centuries.
		{"1989-10-26", "The cuts will mean lower-than-anticipated earnings for the last half of 1989 and for 1990.", []want{{text: "the last half of 1989", value: "1989-H2"}, {text: "1990", value: "1990"}}},
		{"2016-09-26", "Growth slowed in the first half of the year.", []want{{text: "the first half of the year", value: "2016-H1"}}},
		{"1989-10-27", "Net income rose 12% in the third quarter.", []want{{text: "the third quarter", value: "1989-Q3", gran: "quarter"}}},
		// a quarter ahead in future tense is the coming one; the quarter
		// just ended stays the current year's (its results come later)
		{"2011-12-12", "Analysts expect shipments to drop in the first quarter.", []want{{text: "the first quarter", value: "2012-Q1"}}},
		{"2011-11-02", "The company will report results for the third quarter next week.", []want{{text: "the third quarter", value: "2011-Q3"}}},
		// "a year ago" in an earnings paragraph: the quarter under
		// discussion a year before, up to three sentences back (TimeBank).
		{"1989-11-01", "In the third quarter, the company earned $4 million. Revenue soared to $101.7 million from $39.5 million. The unit had net of $1.1 million, or four cents a share, a year ago.", []want{{text: "the third quarter", value: "1989-Q3"}, {text: "a year ago", value: "1988-Q3"}}},
		{"1989-11-01", "In the third quarter, the company earned $4 million. Revenue soared. Costs fell. Margins rose. The unit had a loss a year ago.", []want{{text: "a year ago", value: "1988"}}},
		{"1989-10-30", "Earnings for the third quarter were $14 million, down from $21.4 million last year.", []want{{text: "the third quarter", value: "1989-Q3"}, {text: "last year", value: "1988"}}},
		{"1989-10-26", "Sun reported a loss for the fiscal first quarter. In the 1988 period, the company earned $20.6 million. Sun shipped 28,000 systems in the quarter.", []want{{text: "the fiscal first quarter", value: "1989-Q1"}, {text: "the 1988 period", value: "1988-Q1"}, {text: "the quarter", value: "1989-Q1"}}},
		{"1989-10-26", "Bethlehem posted lower third-quarter earnings. Weak demand is expected to continue through the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.", []want{{text: "the third quarter of 1990", value: "1990-Q3"}, {text: "the year-ago period", value: "1988-Q3"}}},
		{"1989-10-26", "Columbia reported a third-quarter loss. For the quarter a year ago, Columbia reported earnings of $16.3 million.", []want{{text: "the quarter a year ago", value: "1988-Q3"}}},
		{"1989-11-01", "The company had net income of $1.8 million for the corresponding period last year.", []want{{text: "the corresponding period last year", value: "1988-Q3"}}},
		// an earlier quarter is a comparison: the quarter under discussion stays
		{"2021-10-28", "Acme posted record third-quarter sales. After a weak second quarter, demand recovered. In the 2021 period, margins widened from a year ago.", []want{{text: "third-quarter", value: "2021-Q3"}, {text: "second quarter", value: "2021-Q2"}, {text: "the 2021 period", value: "2021-Q3"}, {text: "a year ago", value: "2020-Q3"}}},
		{"1989-10-27", "Third-quarter profit fell 5%, compared with a year earlier.", []want{{text: "Third-quarter", value: "1989-Q3"}, {text: "a year earlier", value: "1988-Q3"}}},
		{"2016-09-26", "Elections are due in the spring of 2017.", []want{{text: "the spring of 2017", value: "2017-SP", gran: "season"}}},
		{"2016-09-26", "The drought last summer ruined the harvest.", []want{{text: "last summer", value: "2016-SU"}}},
		{"2017-01-15", "Heating prices doubled last winter, and this winter is colder.", []want{{text: "last winter", value: "2015-WI", from: "2015-12-01", to: "2016-02-29"}, {text: "this winter", value: "2016-WI"}}},
		{"2017-01-15", "The bridge will reopen next summer.", []want{{text: "next summer", value: "2017-SU"}}},
		{"2016-09-26", "The region was stable in the 1990s.", []want{{text: "the 1990s", value: "199", gran: "decade"}}},
		// Durations and sets.
		{"1989-10-30", "Eight trading days after Oct. 12, the Nasdaq Composite was still behind.", []want{{text: "Eight trading days", value: "P8D", typ: "DURATION"}}},
		{"2016-09-26", "Refunds are paid within five business days.", []want{{text: "five business days", value: "P5D", typ: "DURATION"}}},
		{"1998-01-14", "But a minute and a half later, a pilot from a nearby flight called.", []want{{text: "a minute and a half", value: "PT1M30S", typ: "DURATION"}}},
		{"2016-09-26", "The meeting lasted an hour and a half.", []want{{text: "an hour and a half", value: "PT1H30M", typ: "DURATION"}}},
		{"2016-09-26", "The siege has lasted a year and a half.", []want{{text: "a year and a half", value: "P1Y6M", typ: "DURATION"}}},
		// A vague count relative to an event: only the length is known.
		{"1989-10-27", "A few days later, American Medical announced sharply lower earnings.", []want{{text: "A few days later", value: "PXD", typ: "DURATION"}}},
		{"2016-09-26", "The town fell several years ago.", []want{{text: "several years ago", value: "PAST_REF", typ: "DATE"}}},
		{"2016-09-26", "The siege has lasted about three years.", []want{{text: "about three years", value: "P3Y", typ: "DURATION", mod: "APPROX", gran: "duration"}}},
		{"2016-09-26", "Prices have doubled over the past three years.", []want{{text: "the past three years", value: "P3Y", typ: "DURATION"}}},
		{"2016-09-26", "He was sentenced to 10 years in prison.", []want{{text: "10 years", value: "P10Y", typ: "DURATION"}}},
		{"2016-09-26", "Talks broke down after a 16-hour session.", []want{{text: "16-hour", value: "PT16H", typ: "DURATION"}}},
		{"2016-09-26", "Aid trucks cross the border every week.", []want{{text: "every week", value: "P1W", typ: "SET", gran: "set"}}},
		{"2016-09-26", "Inspectors visit the plant twice a year.", []want{{text: "twice a year", value: "P1Y", typ: "SET"}}},
		{"1993-01-25", "She continued to teach three times a week at a community music school.", []want{{text: "three times a week", value: "P1W", typ: "SET"}}},
		{"2016-09-26", "Floods hit the valley every winter.", []want{{text: "every winter", value: "XXXX-WI", typ: "SET"}}},
		{"1989-10-27", "The cut would eliminate dividend payments of C$17.9 million annually.", []want{{text: "annually", value: "P1Y", typ: "SET"}}},
		{"1998-03-22", "Orangemen march each July from their rural church back downtown.", []want{{text: "each July", value: "XXXX-07", typ: "SET"}}},
		{"1998-02-13", "It said two new flights would leave Bombay on Monday and Tuesday nights from March 30.", []want{{text: "Monday", value: "XXXX-WXX-1TNI", typ: "SET"}, {text: "Tuesday nights", value: "XXXX-WXX-2TNI", typ: "SET"}}},
		{"2016-09-26", "The market is open on Saturdays.", []want{{text: "Saturdays", value: "XXXX-WXX-6", typ: "SET"}}},
		{"2016-09-26", "The talks resumed on Monday and Tuesday.", []want{{text: "Monday", value: "2016-09-26", typ: "DATE"}, {text: "Tuesday", value: "2016-09-20", typ: "DATE"}}},
		{"2016-09-26", "The plant will reopen in three months.", []want{{text: "three months", value: "2016-12", typ: "DATE", gran: "month"}}},
		{"2016-09-26", "The economy shrank in three months.", []want{{text: "three months", value: "P3M", typ: "DURATION"}}},
		{"2023-12-12", "The EU will hold a summit on Dec. 14-15 to discuss aid.", []want{{text: "Dec. 14", value: "2023-12-14", gran: "interval", from: "2023-12-14", to: "2023-12-15"}, {text: "15", value: "2023-12-15"}}},
		{"2023-12-12", "\"We need a decision before Christmas,\" the minister told reporters.", []want{{text: "Christmas", value: "2023-12-25"}}},
		{"2023-12-12", "Analysts expect the battle to last into the spring.", []want{{text: "the spring", value: "2024-SP"}}},
		// References.
		{"2016-09-26", "The city is now under siege and aid is currently blocked.", []want{{text: "now", value: "PRESENT_REF", gran: "ref"}, {text: "currently", value: "PRESENT_REF"}}},
		{"2016-09-26", "The army has recently retaken the town.", []want{{text: "recently", value: "PAST_REF"}}},
		{"2016-09-26", "The minister resigned. Today, the party meets to choose a successor.", []want{{text: "Today", value: "2016-09-26"}}},
		{"1989-10-27", "The offer, advertised in today's editions of The Wall Street Journal, expires next month.", []want{{text: "today", value: "1989-10-27"}}},
		{"1989-10-26", "The rights allow holders to buy additional shares at 50% of the then current market price.", []want{{text: "then current", value: "PAST_REF"}}},
		{"2016-09-26", "Shares rose above the current market price.", []want{{text: "current", value: "PRESENT_REF"}}},
		{"2000-04-05", "This courageous father will leave at 4 in the morning, Castro said.", []want{{text: "4 in the morning", value: "2000-04-05T04:00", typ: "TIME"}}},
		{"2016-09-26", "The shelling started on Sept. 19 at 10 o'clock at night.", []want{{text: "10 o'clock at night", value: "2016-09-19T22:00", typ: "TIME"}}},
		{"1991-02-25", "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday.", []want{{text: "a week or so ago", value: "1991-W08", typ: "DATE", mod: "APPROX"}}},
		// AP style clock time with its GMT conversion, then the day.
		{"1998-08-08", "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building.", []want{{text: "10:35 a.m.", value: "1998-08-07T10:35", typ: "TIME"}, {text: "Friday", value: "1998-08-07"}}},
		{"2016-09-26", "Such attacks were rare in the past.", []want{{text: "the past", value: "PAST_REF"}}},
		// "recent weeks", "the coming years": a stretch of unspecified
		// length, like "the past few weeks" (TimeBank, AQUAINT).
		{"1989-10-30", "But in recent weeks, construction-industry sources reported that earnings fell.", []want{{text: "recent weeks", value: "PXW", typ: "DURATION"}}},
		{"1999-03-12", "They must agree to buy NATO compatible equipment in the coming years.", []want{{text: "the coming years", value: "PXY", typ: "DURATION"}}},
		{"1989-11-02", "Property/casualty insurance has been a tough business in recent quarters.", []want{{text: "recent quarters", value: "PXM", typ: "DURATION"}}},
		{"2016-09-26", "Such attacks have become rarer in recent times.", []want{{text: "recent times", value: "PAST_REF", typ: "DATE"}}},
		// Times.
		{"2016-09-26", "The blast occurred at 10:35 a.m. on the main square.", []want{{text: "10:35 a.m.", value: "2016-09-26T10:35", typ: "TIME", gran: "time"}}},
		{"2016-09-26", "The deadline expires at 9 a.m. Tuesday.", []want{{text: "9 a.m. Tuesday", value: "2016-09-27T09:00", typ: "TIME"}}},
		{"2016-09-26", "Officials met on Monday morning to discuss the truce.", []want{{text: "Monday morning", value: "2016-09-26TMO", typ: "TIME"}}},
		// a clock time takes the day after "on"; the two are tagged apart
		{"2020-10-28", "Polls will be open from 7 a.m. to 7 p.m. on Nov. 3.", []want{{text: "7 a.m.", value: "2020-11-03T07:00", typ: "TIME"}, {text: "7 p.m.", value: "2020-11-03T19:00", typ: "TIME"}, {text: "Nov. 3", value: "2020-11-03"}}},
		{"2016-09-26", "The council will vote at 10 a.m. on Thursday.", []want{{text: "10 a.m.", value: "2016-09-29T10:00", typ: "TIME"}, {text: "Thursday", value: "2016-09-29"}}},
		// wire-service 24-hour clock with a zone
		{"2015-02-27", "Shares in the company were up 4 percent at 1400 GMT, after a profit warning.", []want{{text: "1400 GMT", value: "2015-02-27T14:00", typ: "TIME"}}},
		{"2015-02-27", "The rocket is due to lift off at 2130 UTC Sunday.", []want{{text: "2130 UTC Sunday", value: "2015-03-01T21:30", typ: "TIME"}}},
		{"2016-09-26", "The strike began at 14:30 GMT and ended on 26.09.2016 at midnight.", []want{{text: "14:30", value: "2016-09-26T14:30", typ: "TIME"}, {text: "26.09.2016", value: "2016-09-26"}}},
		{"2023-03-01", "The elections, initially planned for the autumn, were postponed.", []want{{text: "the autumn", value: "2023-FA", gran: "season"}}},
		{"2023-03-01", "He spent 27 years in prison before being released in 1990. Nearly three decades later, his legacy remains contested.", []want{{text: "Nearly three decades later", value: "2020", mod: "APPROX"}}},
		{"2023-03-01", "Protests have taken place every weekend since mid-January.", []want{{text: "mid-January", value: "2023-01", mod: "MID", gran: "interval", from: "2023-01-01", to: "2023-03-01"}}},
		{"2016-09-26", "The talks ended on Sep 22 at 3.30pm local time.", []want{{text: "Sep 22", value: "2016-09-22"}, {text: "3.30pm local time", value: "2016-09-22T15:30", typ: "TIME"}}},
		{"2000-02-24", "The case may be resolved in a court hearing the week of March 6.", []want{{text: "the week of March 6", value: "2000-W10", gran: "week"}}},
		{"2016-09-26", "Rebels shelled the city on Sunday. Later in the day, aid trucks arrived.", []want{{text: "the day", value: "2016-09-25", mod: "END"}}},
		{"2016-09-26", "The deal was signed on 9/10/2016.", []want{{text: "9/10/2016", value: "2016-09-10"}}},
		{"2016-09-26", "Talks began on 25/09/2016 and the deal was signed on 9/10/2016.", []want{{text: "25/09/2016", value: "2016-09-25"}, {text: "9/10/2016", value: "2016-10-09"}}},
		{"2023-03-01", "A ceasefire took effect at 6 p.m. local time on Tuesday but was broken within hours.", []want{{text: "6 p.m. local time", value: "2023-02-28T18:00", typ: "TIME"}, {text: "Tuesday", value: "2023-02-28"}}},
		// TimeBank / AQUAINT sentences.
		{"1998-08-07", "Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals Friday, killing dozens of people.", []want{{text: "Friday", value: "1998-08-07"}}},
		{"1998-01-08", "In the last twenty four hours, the value of the Indonesian stock market has fallen by twelve percent.", []want{{text: "the last twenty four hours", value: "PT24H", typ: "DURATION"}}},
		{"2000-01-07", "A federal judge ruled that he must be returned to his father in Cuba by Jan. 14.", []want{{text: "Jan. 14", value: "2000-01-14"}}},
	}
	for _, c := range cases {
		got := tagger.Tag(c.text, dct(c.dct))
		check(t, c.text, got, c.want)
		checkTriggers(t, tagger, c.text)
		for _, x := range got {
			if err := valid(x); err != "" {
				t.Errorf("%q: %q: %s", c.text, x.Text, err)
			}
		}
	}
}

var grans = map[string]bool{"day": true, "week": true, "weekend": true, "month": true, "quarter": true, "season": true,
	"year": true, "decade": true, "interval": true, "time": true, "duration": true, "set": true, "ref": true}

// valid checks the invariants the pipeline relies on.
func valid(x Timex) string {
	if !grans[x.Granularity] {
		return "granularity " + x.Granularity
	}
	switch x.Type {
	case "DATE", "TIME":
		if x.Granularity == "ref" {
			if !x.From.IsZero() {
				return "a reference with an interval"
			}
		} else if x.From.IsZero() || x.To.Before(x.From) {
			return "no interval"
		}
	case "DURATION", "SET":
		if !x.From.IsZero() || !x.To.IsZero() {
			return "a duration or set with an interval"
		}
	default:
		return "type " + x.Type
	}
	if x.Value == "" {
		return "empty value"
	}
	return ""
}

// Expressions that must not be tagged.
func TestNoFalseMatches(t *testing.T) {
	cases := []string{
		"The Sun newspaper said the minister may resign.",
		"Protesters sat outside parliament and vowed to march on.",
		"UN aid arrives to besieged Syrian towns\n00:49\n'Intense bombardment'",
		"More than 2000 troops were deployed to the border.",
		"The 6-year-old boy was returned to his father.",
		"The company paid $1990 in fees, a 3:1 ratio.",
		"Iraq imports about three-quarters of its food.",
		"He won a second term in a landslide.",
		"The quarterly dividend was raised to 12 cents a share.",
		"Management expects the company's revenue to increase by 20% annually.",
		"The company changed from a fiscal year to a calendar year.",
		"Farkas set up a joint venture called Orion 1980, manufacturing space technology.",
		"The poll was published by USA Today and CNN.",
		"This is VOA Today.",
		"For the people of Poland, high noon has come.",
		"The case of Elian matters to today's youth.",
		"Intel's chips are in many of today's personal computers.",
		"Exports grew 3 percent yearly.",
	}
	for _, s := range cases {
		if got := tagger.Tag(s, dct("2016-09-26")); len(got) > 0 {
			t.Errorf("%q: unexpected %s", s, dump(got))
		}
	}
}

func TestOrderAndOverlap(t *testing.T) {
	s := "On Monday, Sept. 19, the convoy was hit; last week and in 2011 and now."
	got := tagger.Tag(s, dct("2016-09-26"))
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Fatalf("overlap or disorder: %s", dump(got))
		}
	}
	if len(got) != 4 || got[0].Text != "Monday, Sept. 19" {
		t.Fatalf("got %s", dump(got))
	}
}

// The reference article (DW, published Monday 2016-09-26).
func TestReferenceArticle(t *testing.T) {
	b, err := os.ReadFile("../../testdata/dw-2016-09-26-kremlin-syria.txt")
	if err != nil {
		t.Skipf("reference article not found: %v", err)
	}
	text := string(b)
	got := tagger.Tag(text, dct("2016-09-26"))
	find := func(ctx, expr string) *Timex {
		i := strings.Index(text, ctx)
		if i < 0 {
			t.Fatalf("context %q not in article", ctx)
		}
		j := i + strings.Index(ctx, expr)
		for k := range got {
			if got[k].Start == j && got[k].Text == expr {
				return &got[k]
			}
		}
		return nil
	}
	for _, c := range []struct{ ctx, expr, value, gran, from, to string }{
		{"Russian airstrikes on Thursday launched", "Thursday", "2016-09-22", "day", "2016-09-22", "2016-09-22"},
		{"aid convoy last week would", "last week", "2016-W38", "week", "2016-09-19", "2016-09-25"},
		{"collapsed last week", "last week", "2016-W38", "week", "2016-09-19", "2016-09-25"},
		{"erupted in 2011", "2011", "2011", "year", "2011-01-01", "2011-12-31"},
		{"camera on December 8", "December 8", "2015-12-08", "day", "2015-12-08", "2015-12-08"},
		{"opens this weekend", "this weekend", "2016-W39-WE", "weekend", "2016-10-01", "2016-10-02"},
		{"Kremlin on Monday retaliated", "Monday", "2016-09-26", "day", "2016-09-26", "2016-09-26"},
		{"Human Rights on Monday reported", "Monday", "2016-09-26", "day", "2016-09-26", "2016-09-26"},
		// Past-tense month name equal to the DCT month: this month (see docs/dates.md).
		{"beach in September", "September", "2016-09", "month", "2016-09-01", "2016-09-30"},
	} {
		x := find(c.ctx, c.expr)
		if x == nil {
			t.Errorf("%q: %q not tagged; got %s", c.ctx, c.expr, dump(got))
			continue
		}
		if x.Value != c.value || x.Granularity != c.gran || x.From.Format("2006-01-02") != c.from || x.To.Format("2006-01-02") != c.to {
			t.Errorf("%q: got %s %s %s..%s, want %s %s %s..%s", c.ctx, x.Value, x.Granularity,
				x.From.Format("2006-01-02"), x.To.Format("2006-01-02"), c.value, c.gran, c.from, c.to)
		}
	}
	for _, x := range got {
		if x.Text == "00:49" {
			t.Errorf("video length 00:49 tagged as %s", x.Value)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	s := "Rebels on Thursday launched an assault; a ceasefire collapsed last week."
	want := dump(tagger.Tag(s, dct("2016-09-26")))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- dump(tagger.Tag(s, dct("2016-09-26"))) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Tag: %s, want %s", got, want)
		}
	}
}

// The rules also work inside a plain when.Parser through rules.Rule.
func TestRulesAreWhenRules(t *testing.T) {
	var found bool
	for _, r := range tagger.Rules() {
		m := r.Find("The ceasefire collapsed last week.")
		if m != nil && m.Text == "last week" {
			found = true
		}
	}
	if !found {
		t.Error("no rule finds \"last week\"")
	}
}

func TestWhenBaseline(t *testing.T) {
	got := WhenBaseline("The Kremlin on Monday retaliated. The vote is on Friday.", dct("2016-09-26"))
	if len(got) != 2 {
		t.Fatalf("baseline found %s, want two expressions", dump(got))
	}
}

// FuzzTag checks that Tag never panics and keeps its invariants: spans in
// bounds, in order, non-overlapping, Text equal to the span.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On Monday, Sept. 19, the convoy was hit; last week and in 2011 and now.",
		"00:49\n", "2016-09-22T14:00", "the 1990s and the '80s", "April 24 and 25, 1999",
		"9 a.m. EST Tuesday", "between 2010 and 2012", "a year earlier", "İstanbul, 3 Mart 2016",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		xs := tagger.Tag(s, dct("2016-09-26"))
		end := 0
		for _, x := range xs {
			if err := valid(x); err != "" {
				t.Fatalf("%q in %q: %s", x.Text, s, err)
			}
			if x.Start < end || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %d..%d %q in %q", x.Start, x.End, x.Text, s)
			}
			end = x.End
		}
	})
}

// FuzzTriggersAreNecessary checks the trigger prefilter never hides a
// match: wherever a rule's expression matches a sentence, the sentence
// holds one of its trigger words, so skipping untriggered sentences
// changes no result.
func FuzzTriggersAreNecessary(f *testing.F) {
	for _, s := range []string{
		"two days ago", "Three Weeks later,", "the 16-hour-long siege", "every Monday",
		"for years", "centuries ago", "a century ago", "on Monday, today", "the past two decades",
		"a day", "per week", "weekends", "in the 1990s", "daily", "two days_", "hours-long",
	} {
		f.Add(s)
	}
	tg := NewTagger()
	f.Fuzz(func(t *testing.T, s string) { checkTriggers(t, tg, s) })
}

// checkTriggers fails when a rule finds a candidate in s (its expression
// matches and its accept test passes) but s holds none of the rule's
// trigger words; TestTagRules runs it on every sentence of its table, so
// a new rule form is checked against its own examples.
func checkTriggers(t *testing.T, tg *Tagger, s string) {
	t.Helper()
	lower := asciiLower(s)
	digit := strings.ContainsAny(lower, "0123456789")
	for _, r := range tg.rules {
		if len(r.candidatesIn(s, 0, len(s), nil)) > 0 && !r.triggered(lower, digit) {
			t.Errorf("rule %s matches %q but its triggers %v do not", r.name, s, r.trig)
		}
	}
}

// "the year of his arrest" is another year, not the year under discussion.
func TestTheYearOfNoun(t *testing.T) {
	if got := tagger.Tag("He recalled the year of his arrest.", dct("2021-10-28")); len(got) != 0 {
		t.Errorf("got %s", dump(got))
	}
}

// Sixth round: constructions from the blind held-out set 3, checked
// against the TimeBank and AQUAINT conventions. Each subtest is one change.
func TestSixthRound(t *testing.T) {
	cases := []struct {
		change, dct, text string
		want              []want
	}{
		// the article of a bare season after a preposition is in the span
		{"season-the", "2021-03-02", "Supplies are expected to stay tight well into the summer.", []want{{text: "the summer", value: "2021-SU"}}},
		{"season-the", "2019-10-15", "Shipments slowed in the early summer, the company said.", []want{{text: "the early summer", value: "2019-SU", mod: "START"}}},
		{"season-the", "2019-10-15", "The plant was closed during the past summer.", []want{{text: "past summer", value: "2019-SU"}}},
		{"season-the", "2019-10-15", "The bridge was built in the spring of 1990.", []want{{text: "the spring of 1990", value: "1990-SP"}}},
		// "for the full year to rise": "to" + verb does not make a period
		{"full-year", "2021-07-22", "The company expects earnings for the full year to rise 8 percent.", []want{{text: "the full year", value: "2021", typ: "DATE"}}},
		{"full-year", "2021-07-22", "Sales for the year to June 30 rose 8 percent.", []want{{text: "the year", value: "P1Y", typ: "DURATION"}}},
		// "around" before a date or clock time is in the span, mod APPROX
		{"around", "2022-05-10", "The fire broke out around midnight, police said.", []want{{text: "around midnight", value: "2022-05-10T24:00", mod: "APPROX"}}},
		{"around", "2022-05-10", "The merger should be completed around June 1.", []want{{text: "around June 1", value: "2022-06-01", mod: "APPROX"}}},
		{"around", "2022-05-10", "Lawyers will look for ways to get around Monday's ruling.", []want{{text: "Monday", value: "2022-05-09"}}},
		// "recently" before the date it introduces is not tagged
		{"recently", "2022-05-10", "The bank raised rates four times, most recently on April 3.", []want{{text: "April 3", value: "2022-04-03"}}},
		{"recently", "2022-05-10", "She was ranked in the top ten as recently as 2019.", []want{{text: "2019", value: "2019"}}},
		{"recently", "2022-05-10", "The company recently opened a plant in Ohio.", []want{{text: "recently", value: "PAST_REF"}}},
		// a month range before "quarter" names the quarter
		{"month-quarter", "2020-04-27", "Economists expect output to shrink further in the April-June quarter.", []want{{text: "the April-June quarter", value: "2020-Q2", gran: "quarter"}}},
		{"month-quarter", "2021-11-03", "Profit rose 12% in the July-September quarter, the company said.", []want{{text: "the July-September quarter", value: "2021-Q3"}}},
		// midyear: the year, mod MID
		{"midyear", "2023-03-14", "Some analysts said the central bank could stop raising rates by midyear.", []want{{text: "midyear", value: "2023", mod: "MID"}}},
		{"midyear", "2023-10-14", "The plant is expected to reopen by mid-year.", []want{{text: "mid-year", value: "2024", mod: "MID"}}},
		// "next Tuesday and Wednesday": the second day in the week of the first
		{"weekday-pair", "2022-06-21", "Unions have called a general strike for next Tuesday and Wednesday.", []want{{text: "next Tuesday", value: "2022-06-28"}, {text: "Wednesday", value: "2022-06-29"}}},
		{"weekday-pair", "2022-06-23", "The plant was shut last Monday and Tuesday.", []want{{text: "last Monday", value: "2022-06-20"}, {text: "Tuesday", value: "2022-06-21"}}},
		// "the previous month" is the month before the month under discussion
		{"previous-month", "2023-03-14", "The agency will publish its inflation figures for February on Thursday. Economists expect a rise of 0.4 percent, the same as the previous month.", []want{{text: "Thursday", value: "2023-03-16"}, {text: "the previous month", value: "2023-01"}}},
		{"previous-month", "2023-08-02", "Orders fell in June from the previous month.", []want{{text: "the previous month", value: "2023-05"}}},
		{"previous-month", "2023-03-14", "The ministry will release trade data for February next week.", []want{{text: "February", value: "2023-02"}}},
		{"previous-month", "2023-03-14", "The ministry will open the new terminal in January.", []want{{text: "January", value: "2024-01"}}},
		// tense: "was to" + verb is a plan (the future in the past)
		{"was-to", "2008-10-19", "Obama was to campaign in Florida on Monday, his aides said.", []want{{text: "Monday", value: "2008-10-20"}}},
		// tense: a rescheduled event and "set for" lie ahead
		{"rescheduled", "2003-09-06", "The final, originally set for Sunday, was moved to 4 p.m. Monday because of rain.", []want{{text: "Sunday", value: "2003-09-07"}, {text: "4 p.m. Monday", value: "2003-09-08T16:00"}}},
		{"rescheduled", "2003-09-10", "The hearing was postponed until Friday.", []want{{text: "Friday", value: "2003-09-12"}}},
	}
	for _, c := range cases {
		t.Run(c.change, func(t *testing.T) {
			check(t, c.text, tagger.Tag(c.text, dct(c.dct)), c.want)
		})
	}
	// words that must not be tagged (on their own) in these sentences
	absent := []struct{ change, dct, text, word string }{
		{"recently", "2022-05-10", "The bank raised rates four times, most recently on April 3.", "recently"},
		{"recently", "2022-05-10", "She was ranked in the top ten as recently as 2019.", "recently"},
		{"recently", "2022-05-10", "Prices rose again, most recently in the spring.", "recently"},
	}
	for _, c := range absent {
		t.Run(c.change, func(t *testing.T) {
			for _, x := range tagger.Tag(c.text, dct(c.dct)) {
				if x.Text == c.word {
					t.Errorf("%q: %q tagged: %s", c.text, c.word, dump([]Timex{x}))
				}
			}
		})
	}
}
