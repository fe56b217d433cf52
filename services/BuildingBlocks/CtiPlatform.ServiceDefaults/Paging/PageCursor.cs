using System.Buffers.Text;

namespace CtiPlatform.ServiceDefaults.Paging;

/// <summary>
/// The cursor is the last item's id, base64url-encoded so clients treat it as opaque and the format may change.
/// Lists order by id, and ids are version-7 UUIDs, so the order is creation order and never shifts between pages.
/// </summary>
public static class PageCursor
{
    public static string Write(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    public static bool TryRead(string cursor, out Guid lastId)
    {
        lastId = Guid.Empty;
        Span<byte> bytes = stackalloc byte[16];
        if (cursor.Length != 22 || !Base64Url.TryDecodeFromChars(cursor, bytes, out var written) || written != 16)
        {
            return false;
        }

        lastId = new Guid(bytes, bigEndian: true);
        return true;
    }
}
