// The fuzz run shares the machine with the other suites' hosts; its theories run one after another on one platform.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
