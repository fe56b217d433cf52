using CtiPlatform.Persistence.Protection;
using CtiPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Foundation.Tests;

/// <summary>
/// The never-contact fingerprints (decision 033): equal however a number or name is written, different per
/// municipality and per kind, found across a key rotation, and refused at start without a usable ring.
/// </summary>
public sealed class ContactFingerprinterTests
{
    [Theory]
    [InlineData("+45 12 34 56 78")]
    [InlineData("0045 12345678")]
    [InlineData("4512345678")]
    [InlineData("12 34 56 78")]
    [InlineData("12-34-56-78")]
    public void The_ways_one_Danish_number_is_written_give_one_hash(string written)
    {
        var fingerprinter = Fingerprinter(("m1", TestKeyRings.NewKey()));

        Assert.Equal(fingerprinter.PhoneHashes("kbh", "12345678"), fingerprinter.PhoneHashes("kbh", written));
    }

    [Fact]
    public void Another_number_a_foreign_number_another_municipality_and_a_name_give_other_hashes()
    {
        var fingerprinter = Fingerprinter(("m1", TestKeyRings.NewKey()));
        var hash = fingerprinter.PhoneHashes("kbh", "12345678").Single().Hash;

        Assert.NotEqual(hash, fingerprinter.PhoneHashes("kbh", "12345679").Single().Hash);
        Assert.NotEqual(hash, fingerprinter.PhoneHashes("kbh", "+46 12345678").Single().Hash);
        Assert.NotEqual(hash, fingerprinter.PhoneHashes("aarhus", "12345678").Single().Hash);
        Assert.NotEqual(hash, fingerprinter.NameHashes("kbh", "12345678").Single().Hash);
        Assert.DoesNotContain("12345678", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_match_across_case_spacing_and_compatibility_forms()
    {
        var fingerprinter = Fingerprinter(("m1", TestKeyRings.NewKey()));

        Assert.Equal(fingerprinter.NameHashes("kbh", "Jens Ærø Hansen"), fingerprinter.NameHashes("kbh", "  jens   ÆRØ\thansen "));
        Assert.NotEqual(fingerprinter.NameHashes("kbh", "Jens Hansen"), fingerprinter.NameHashes("kbh", "Jens Hansén"));
        Assert.Empty(fingerprinter.NameHashes("kbh", "   "));
        Assert.Empty(fingerprinter.PhoneHashes("kbh", "ukendt"));
    }

    [Fact]
    public void During_a_rotation_a_service_a_ring_behind_still_finds_the_person()
    {
        var (oldKey, newKey) = (TestKeyRings.NewKey(), TestKeyRings.NewKey());
        var rotated = Fingerprinter(("m2", newKey), ("m1", oldKey));
        var behind = Fingerprinter(("m1", oldKey));

        var listed = rotated.PhoneHashes("kbh", "12345678");

        Assert.Equal(["m2", "m1"], listed.Select(h => h.KeyId));
        Assert.NotEmpty(listed.Intersect(behind.PhoneHashes("kbh", "12 34 56 78")));
    }

    [Theory]
    [InlineData(null, "must hold at least one key")]
    [InlineData("c2hvcnQ=", "at least 32 bytes")]
    [InlineData("current-missing", "CurrentKeyId must name a key")]
    public void A_service_without_a_usable_ring_refuses_to_start(string? key, string refusal)
    {
        var builder = WebApplication.CreateBuilder();
        var settings = new Dictionary<string, string?> { ["ContactMatchingOptions:CurrentKeyId"] = "m1" };
        if (key == "current-missing")
        {
            settings["ContactMatchingOptions:Keys:m2"] = TestKeyRings.NewKey();
        }
        else if (key is not null)
        {
            settings["ContactMatchingOptions:Keys:m1"] = key;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddContactMatching();
        using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ContactMatchingOptions>>().Value);
        Assert.Contains(refusal, error.Message, StringComparison.Ordinal);
    }

    private static ContactFingerprinter Fingerprinter(params (string Id, string Key)[] ring) =>
        new(Options.Create(new ContactMatchingOptions { Keys = ring.ToDictionary(k => k.Id, k => k.Key), CurrentKeyId = ring[0].Id }));
}
