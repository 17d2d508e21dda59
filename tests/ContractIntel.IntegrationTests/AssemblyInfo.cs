// Every test here shares one real PostgreSQL database and one broker, and resets data before it runs: classes must
// not run side by side, or one test's reset would erase another's rows mid-test.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
