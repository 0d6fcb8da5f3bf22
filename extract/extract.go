package extract

// Extractor runs every extractor over an article. It is safe for concurrent
// use once built.
type Extractor struct{}

// New builds an Extractor with the compiled-in gazetteers.
func New() *Extractor { return &Extractor{} }

// Extract returns the entities, dates and events of one article.
// TODO(pipeline): placeholder until the extractors land.
func (x *Extractor) Extract(a Article) Result {
	return Result{Article: a.Ref(), Entities: []Entity{}, Dates: []Date{}, Events: []Event{}}
}
