namespace ContractIntel.Data.Runs;

/// <summary>
/// PostgreSQL text cannot hold U+0000 and UTF-8 cannot hold a lone surrogate; either would fail the insert (or
/// come back changed and break the row hash). Both become U+FFFD, one UTF-16 unit for one, so offsets still hold.
/// </summary>
internal static class PgText
{
    public static string Clean(string s)
    {
        if (!NeedsCleaning(s)) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == '\0')
            {
                chars[i] = '\uFFFD';
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
                else chars[i] = '\uFFFD';
            }
            else if (char.IsLowSurrogate(c))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    public static string? CleanOrNull(string? s) => s is null ? null : Clean(s);

    private static bool NeedsCleaning(string s)
    {
        foreach (var c in s)
        {
            if (c == '\0' || char.IsSurrogate(c)) return true;
        }
        return false;
    }

    /// <summary>PostgreSQL keeps microseconds: truncate first, so what is hashed is what reads back.</summary>
    public static DateTimeOffset Micros(DateTimeOffset t)
    {
        var ticks = t.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }
}
