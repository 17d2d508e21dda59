using System.Text;

namespace ContractIntel.Eval;

/// <summary>
/// RFC 4180 CSV as master_clauses.csv writes it: comma separated, double-quoted cells that may hold commas,
/// doubled quotes and newlines, LF or CRLF line ends. The first record is the header.
/// </summary>
internal static class FieldsEvalCsv
{
    public static List<Dictionary<string, string>> ReadRecords(string csv)
    {
        var rows = Parse(csv);
        if (rows.Count == 0) return [];
        var header = rows[0].Select(h => h.Trim()).ToList();
        var records = new List<Dictionary<string, string>>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count == 1 && row[0].Length == 0) continue;
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) record[header[i]] = i < row.Count ? row[i] : "";
            records.Add(record);
        }
        return records;
    }

    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var i = 0;
        if (csv.Length > 0 && csv[0] == '\uFEFF') i = 1;
        for (; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(cell.ToString()); cell.Clear(); break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n': break;
                case '\n' or '\r':
                    row.Add(cell.ToString()); cell.Clear();
                    rows.Add(row); row = [];
                    break;
                default: cell.Append(c); break;
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
