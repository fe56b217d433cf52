namespace CtiPlatform.Web.Tests.Distributed;

/// <summary>The tests that share one distributed platform; each makes its own data.</summary>
[CollectionDefinition(Name)]
public sealed class DistributedWebCollection : ICollectionFixture<DistributedWeb>
{
    public const string Name = "distributed web";
}
