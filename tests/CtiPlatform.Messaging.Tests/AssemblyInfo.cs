// The tests stop brokers, kill processes and count deliveries against wall-clock bounds; running them one
// at a time keeps them from starving each other on a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
