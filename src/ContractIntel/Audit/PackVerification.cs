using System.Text.Json;
using ContractIntel.Data.Audit;
using ContractIntel.Commands;

namespace ContractIntel.Audit;

/// <summary><c>audit verify --pack FILE</c>: an exported audit pack checked offline, with no database. Exit 0 intact, 1 not.</summary>
internal static class PackVerification
{
    /// <summary>Packs are one run's rows; far larger than this is not a pack.</summary>
    private const long MaxBytes = 1L << 30;

    private static readonly JsonSerializerOptions ReportJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static async Task<int> RunAsync(string file, bool json, CancellationToken ct)
    {
        var info = new FileInfo(file);
        if (!info.Exists) throw new CliException($"No pack file {file}.");
        if (info.Length > MaxBytes) throw new CliException($"{file} is over {MaxBytes} bytes: not an audit pack.");
        var report = AuditPackVerifier.Verify(await File.ReadAllBytesAsync(file, ct));
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, ReportJson));
        }
        else if (report.Intact)
        {
            Console.WriteLine($"pack intact: run {report.RunId}, {report.Rows} rows and {report.Events} events match the seal of audit event {report.SealSequence}");
            Console.WriteLine($"seal: audit event {report.SealSequence} hash {report.SealHash}");
            Console.WriteLine("to tie it to the live chain: contractintel audit verify, or compare that hash with a checkpoint or with audit_chain");
        }
        else
        {
            Console.WriteLine($"PACK BROKEN: {report.Problems.Count} problem(s); first: {report.Problems[0]}");
            foreach (var p in report.Problems) Console.WriteLine($"  {p}");
        }
        return report.Intact ? 0 : 1;
    }
}
