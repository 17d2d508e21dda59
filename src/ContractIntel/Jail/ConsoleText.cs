using System.Globalization;
using System.Text;

namespace ContractIntel.Jail;

/// <summary>
/// Makes a hostile string (a file name, a reason) safe for one line of a table or a log: control characters,
/// including newlines and ANSI escapes, become <c>\n</c>, <c>\t</c> or <c>\u001b</c>; lone surrogates (a name
/// that was not valid UTF-8) become U+FFFD; very long strings are cut with an ellipsis.
/// </summary>
public static class ConsoleText
{
    public const int DefaultMaxLength = 200;

    public static string Escape(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var sb = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        for (var i = 0; i < text.Length && sb.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                sb.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                sb.Append(c);
            }
        }
        if (sb.Length >= maxLength && maxLength < text.Length) sb.Append('…');
        return sb.ToString();
    }
}
