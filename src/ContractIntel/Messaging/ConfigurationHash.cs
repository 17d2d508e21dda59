using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace ContractIntel.Messaging;

/// <summary>
/// A fingerprint of the effective <c>ContractIntel</c> settings, stored with every run so two runs can be told
/// apart by configuration. Secrets are left out: the hash must not become a way to test password guesses.
/// </summary>
public static class ConfigurationHash
{
    private static readonly string[] SecretMarkers = ["password", "connectionstring", "secret", "token", "apikey"];

    public static string Compute(IConfiguration configuration, string sectionName = "ContractIntel")
    {
        var lines = configuration.GetSection(sectionName).AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null && !IsSecret(kv.Key))
            .Select(kv => kv.Key.ToUpperInvariant() + "=" + kv.Value)
            .Order(StringComparer.Ordinal);
        var text = string.Join('\n', lines);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Configuration keys are case-insensitive, so the test is too.</summary>
    public static bool IsSecret(string key)
    {
        var compact = key.Replace("_", "", StringComparison.Ordinal);
        return SecretMarkers.Any(m => compact.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
