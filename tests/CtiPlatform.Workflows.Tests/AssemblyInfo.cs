// The lifecycle tests run hosts against a real broker and database on a small shared machine; one at a time
// keeps their wall-clock safety bounds meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
