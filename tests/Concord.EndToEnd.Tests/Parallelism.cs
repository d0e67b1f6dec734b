using Xunit;

// Note: each test class starts a whole network of its own (six service processes); started all at once beside the other
// test assemblies on two cores, some were not ready within their deadline. One class at a time keeps them apart.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
