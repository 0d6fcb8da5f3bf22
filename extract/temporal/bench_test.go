package temporal

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// benchText is the reference article; the benchmarks report ns per
// sentence so the two engines compare on the same text.
func benchText(b *testing.B) (string, int) {
	data, err := os.ReadFile("../../testdata/dw-2016-09-26-kremlin-syria.txt")
	if err != nil {
		b.Skipf("reference article not found: %v", err)
	}
	text := string(data)
	return text, len(sentenceBounds(text))
}

func report(b *testing.B, sentences int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sentences), "ns/sentence")
}

func BenchmarkTag(b *testing.B) {
	text, n := benchText(b)
	tg := NewTagger()
	d := dct("2016-09-26")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, d)
	}
	report(b, n)
}

func BenchmarkWhenBaseline(b *testing.B) {
	text, n := benchText(b)
	d := dct("2016-09-26")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		WhenBaseline(text, d)
	}
	report(b, n)
}

// BenchmarkTagOneLongLine tags a text with no sentence end (a scraped page
// flattened to one line) at two sizes: MB/s must stay flat as the text
// grows, i.e. tagging is linear in the length of the text.
func BenchmarkTagOneLongLine(b *testing.B) {
	dct := time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC)
	tg := NewTagger()
	for _, size := range []int{100 << 10, 1 << 20} {
		text := strings.Repeat("the Kremlin on Monday accused Britain of lying last week, officials said in Moscow and ", size/88)
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				tg.Tag(text, dct)
			}
		})
	}
}
