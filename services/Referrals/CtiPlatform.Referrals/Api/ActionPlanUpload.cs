using CtiPlatform.Domain;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// The PDF body of an upload, read while the request is bound: after authorization, before the unit of work opens its
/// transaction, so a slow upload holds no database connection. Reading stops one byte past the municipality's bound,
/// so an oversized body is never buffered whole; a declared length above it is refused without reading at all.
/// </summary>
public sealed class ActionPlanUpload
{
    private const int ChunkSize = 81920;

    private ActionPlanUpload(byte[] content, Refusal? refusal, int maxBytes) => (Content, Refusal, MaxBytes) = (content, refusal, maxBytes);

    public byte[] Content { get; }

    /// <summary>Why the body cannot be an action plan, or null when it is a PDF within the bound.</summary>
    public Refusal? Refusal { get; }

    /// <summary>The municipality's bound the body was held to, for the refusal's text.</summary>
    public int MaxBytes { get; }

    public static async ValueTask<ActionPlanUpload> BindAsync(HttpContext http)
    {
        var caller = http.RequestServices.GetRequiredService<TenantContext>();
        var maxBytes = http.RequestServices.GetRequiredService<IOptions<ReferralsOptions>>().Value.For(caller.RequiredTenantId).ActionPlanMaxBytes;
        if (http.Request.ContentLength > maxBytes)
        {
            return new ActionPlanUpload([], ReferralRefusal.ActionPlanTooLarge, maxBytes);
        }

        var content = await ReadAtMostAsync(http.Request.Body, maxBytes + 1L, http.Request.ContentLength, http.RequestAborted);
        return new ActionPlanUpload(content, ActionPlanDocument.Check(content, maxBytes), maxBytes);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream body, long limit, long? declared, CancellationToken ct)
    {
        using var content = new MemoryStream((int)Math.Min(declared ?? ChunkSize, limit));
        var chunk = new byte[ChunkSize];
        int read;
        while (content.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(ChunkSize, limit - content.Length)), ct)) > 0)
        {
            content.Write(chunk, 0, read);
        }

        return content.ToArray();
    }
}
