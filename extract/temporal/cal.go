package temporal

import (
	"fmt"
	"time"
)

// Calendar helpers. Every date is a UTC midnight; intervals are inclusive.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func truncDay(t time.Time) time.Time { return day(t.Year(), t.Month(), t.Day()) }

// weekStart is the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	wd := int(t.Weekday()+6) % 7 // Monday=0
	return t.AddDate(0, 0, -wd)
}

func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

func daysIn(y int, m time.Month) int { return day(y, m+1, 1).AddDate(0, 0, -1).Day() }

// span is a resolved calendar unit: its TIMEX3 value, granularity and days.
type span struct {
	value, gran string
	from, to    time.Time
}

func daySpan(t time.Time) span {
	return span{t.Format("2006-01-02"), "day", t, t}
}

func weekSpan(t time.Time) span {
	s := weekStart(t)
	y, w := s.ISOWeek()
	return span{fmt.Sprintf("%04d-W%02d", y, w), "week", s, s.AddDate(0, 0, 6)}
}

// weekendSpan is the weekend of the ISO week containing t.
func weekendSpan(t time.Time) span {
	s := weekStart(t)
	y, w := s.ISOWeek()
	return span{fmt.Sprintf("%04d-W%02d-WE", y, w), "weekend", s.AddDate(0, 0, 5), s.AddDate(0, 0, 6)}
}

func monthSpan(y int, m time.Month) span {
	t := day(y, m, 1) // normalises overflowing months
	return span{t.Format("2006-01"), "month", t, day(t.Year(), t.Month(), daysIn(t.Year(), t.Month()))}
}

func quarterSpan(y, q int) span {
	for q < 1 {
		q += 4
		y--
	}
	for q > 4 {
		q -= 4
		y++
	}
	from := day(y, time.Month(3*(q-1)+1), 1)
	return span{fmt.Sprintf("%04d-Q%d", y, q), "quarter", from, from.AddDate(0, 3, -1)}
}

func halfSpan(y, h int) span {
	from := day(y, time.Month(6*(h-1)+1), 1)
	// no granularity of its own: a half year is an interval of days
	return span{fmt.Sprintf("%04d-H%d", y, h), "interval", from, from.AddDate(0, 6, -1)}
}

var seasonCodes = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// seasonSpan uses meteorological seasons; winter of year y is Dec y .. Feb y+1.
func seasonSpan(y int, code string) span {
	var from time.Time
	switch code {
	case "SP":
		from = day(y, 3, 1)
	case "SU":
		from = day(y, 6, 1)
	case "FA":
		from = day(y, 9, 1)
	default:
		from = day(y, 12, 1)
	}
	return span{fmt.Sprintf("%04d-%s", y, code), "season", from, from.AddDate(0, 3, -1)}
}

// seasonAt is the season containing t, as (year, code).
func seasonAt(t time.Time) (int, string) {
	switch t.Month() {
	case 3, 4, 5:
		return t.Year(), "SP"
	case 6, 7, 8:
		return t.Year(), "SU"
	case 9, 10, 11:
		return t.Year(), "FA"
	case 12:
		return t.Year(), "WI"
	}
	return t.Year() - 1, "WI"
}

func yearSpan(y int) span {
	return span{fmt.Sprintf("%04d", y), "year", day(y, 1, 1), day(y, 12, 31)}
}

func decadeSpan(y int) span {
	y -= y % 10
	return span{fmt.Sprintf("%03d", y/10), "decade", day(y, 1, 1), day(y+9, 12, 31)}
}

func centurySpan(c int) span { // c: 19 for the 1900s
	// no granularity of its own: a century is an interval of days
	return span{fmt.Sprintf("%02d", c), "interval", day(c*100, 1, 1), day(c*100+99, 12, 31)}
}

// unitSpan is the calendar unit of the given kind containing t.
func unitSpan(unit string, t time.Time) span {
	switch unit {
	case "day":
		return daySpan(t)
	case "week":
		return weekSpan(t)
	case "weekend":
		return weekendSpan(t)
	case "month":
		return monthSpan(t.Year(), t.Month())
	case "quarter":
		return quarterSpan(t.Year(), quarterOf(t.Month()))
	case "year":
		return yearSpan(t.Year())
	case "decade":
		return decadeSpan(t.Year())
	case "century":
		return centurySpan(t.Year() / 100)
	}
	return daySpan(t)
}

// shift moves t by n units.
func shift(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "day", "night":
		return t.AddDate(0, 0, n)
	case "week", "weekend":
		return t.AddDate(0, 0, 7*n)
	case "fortnight":
		return t.AddDate(0, 0, 14*n)
	case "month":
		// Clamp to the month's last day instead of overflowing (Jan 31 + 1 month).
		y, m := t.Year(), t.Month()+time.Month(n)
		first := day(y, m, 1)
		d := t.Day()
		if last := daysIn(first.Year(), first.Month()); d > last {
			d = last
		}
		return day(first.Year(), first.Month(), d)
	case "quarter":
		return shift(t, "month", 3*n)
	case "year":
		return shift(t, "month", 12*n)
	case "decade":
		return shift(t, "month", 120*n)
	case "century":
		return shift(t, "month", 1200*n)
	}
	return t
}

// weekdayOnOrBefore is the latest day with weekday wd on or before t.
func weekdayOnOrBefore(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}

// weekdayOnOrAfter is the earliest day with weekday wd on or after t.
func weekdayOnOrAfter(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
}
