namespace CtiPlatform.Web.Tests;

/// <summary>The tests that share one standalone host; each makes its own data (its own referral, its own course).</summary>
[CollectionDefinition(Name)]
public sealed class StandaloneWebCollection : ICollectionFixture<StandaloneWeb>
{
    public const string Name = "standalone web";
}
