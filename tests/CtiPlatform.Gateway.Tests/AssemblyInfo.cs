// The streaming tests measure the process's allocations across a transfer; another test running at the
// same time would add its own and blur the bound, so the tests in this assembly run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
