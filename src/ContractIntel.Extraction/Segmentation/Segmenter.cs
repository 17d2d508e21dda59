using System.Text.RegularExpressions;
using ContractIntel.Extraction.Documents;

namespace ContractIntel.Extraction.Segmentation;

/// <summary>
/// Splits a document text into sections, paragraphs and sentences with offsets and pages. Works on lines: a blank
/// line, a page start, a heading, a list item after a finished line, or a short line ending a sentence closes a
/// paragraph; other lines are reflowed into it (PDF text breaks every line). Page numbers, running headers and
/// footers, and typed rules (lines with no letter or digit) are skipped: no segment covers them.
/// </summary>
public sealed partial class Segmenter
{
    // A line at least this share of the typical width is a wrapped line, not the short last line of a paragraph.
    private const double WideShare = 0.8;

    public IReadOnlyList<Segment> Split(DocumentText document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var lines = TextLine.Split(text, document.Pages.Select(p => p.Start));
        var wide = WideShare * TypicalWidth(lines);
        var furniture = PageFurniture.Find(text, document.Pages, lines);
        var output = new SegmentList(document);
        var paragraphStart = -1;
        var paragraphEnd = -1;
        var markerOnly = false;
        var headingLine = -1;

        void Close()
        {
            if (paragraphStart >= 0)
                output.Paragraph(paragraphStart, paragraphEnd);
            paragraphStart = -1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) { Close(); markerOnly = false; continue; }
            var previous = i > 0 ? lines[i - 1] : default;
            var next = i + 1 < lines.Count ? lines[i + 1] : default;
            var afterBreak = i == 0 || previous.IsBlank || line.PageStart || paragraphStart < 0;
            if (furniture.Contains(i) || IsRule(text, line)
                || (PageNumber().IsMatch(text.AsSpan(line.Start, line.Length)) && (afterBreak || next.IsBlank || next.PageStart)))
            {
                Close();
                continue;
            }

            // A short previous line stands alone (an address line, "Korea"), so a heading may follow it.
            var previousEnds = !markerOnly && (afterBreak || EndsSentence(text, previous) || IsShortStandalone(text, previous, wide));
            var nextContinues = !next.IsBlank && !next.PageStart && char.IsLower(text[next.Start]);
            var heading = HeadingDetector.Find(text, line, previousEnds, nextContinues, line.Length >= wide);
            if (heading > 0)
            {
                Close();
                var headingEnd = heading;
                while (headingEnd > line.Start && char.IsWhiteSpace(text[headingEnd - 1])) headingEnd--;
                // A heading set on consecutive lines in capitals is one section ("ARTICLE IV" + "CONFIDENTIALITY").
                if (headingLine == i - 1 && headingEnd == line.End && HeadingDetector.IsCapsLine(text, line) && output.CanExtendSection(line.Start))
                    output.ExtendSection(headingEnd);
                else
                    output.Section(line.Start, headingEnd);
                headingLine = headingEnd == line.End ? i : -1;
                markerOnly = false;
                var body = heading;
                while (body < line.End && char.IsWhiteSpace(text[body])) body++;
                if (body < line.End)
                    (paragraphStart, paragraphEnd) = (body, line.End);
                continue;
            }

            // Paragraphs never cross a page (a segment has one page). A marker alone on its line ("1.", "C.")
            // belongs with the text on the next line.
            if (paragraphStart >= 0 && (line.PageStart || (!afterBreak && !markerOnly && StartsParagraph(text, previous, line, wide))))
                Close();
            if (paragraphStart < 0)
                paragraphStart = line.Start;
            paragraphEnd = line.End;
            var marker = ListMarker().Match(text, line.Start, line.Length);
            markerOnly = marker.Success && marker.Length == line.Length;
        }
        Close();
        return output.Segments;
    }

    private static bool StartsParagraph(string text, TextLine previous, TextLine line, double wide)
    {
        var marker = ListMarker().IsMatch(text.AsSpan(line.Start, Math.Min(line.Length, 12)));
        if (marker && IsShortStandalone(text, previous, wide))
            return true;
        if (!EndsSentence(text, previous) && !EndsClause(text, previous))
            return false;
        var first = text[line.Start];
        if (marker || Recital().IsMatch(text.AsSpan(line.Start, Math.Min(line.Length, 16))))
            return true;
        var opens = char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '(';
        // A short line ending a sentence is a paragraph's last line; so is one followed by an indented line.
        return opens && EndsSentence(text, previous) && (previous.Length < wide || line.Indent > previous.Indent + 2);
    }

    private static bool EndsSentence(string text, TextLine line)
    {
        if (line.IsBlank) return true;
        var i = line.End - 1;
        while (i > line.Start && text[i] is '"' or '”' or '’' or ')' or ']' or '*') i--;
        return text[i] is '.' or ':' or '!' or '?';
    }

    // A line of dashes, equals signs or underscores (a typed rule under a heading or around a table).
    private static bool IsRule(string text, TextLine line)
    {
        foreach (var c in text.AsSpan(line.Start, line.Length))
        {
            if (char.IsLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static bool IsShortStandalone(string text, TextLine line, double wide)
    {
        if (line.IsBlank || line.Length >= wide * 0.7) return false;
        var last = text[line.End - 1];
        return last is not (',' or '-' or '(' or '&');
    }

    private static bool EndsClause(string text, TextLine line) =>
        !line.IsBlank && (text[line.End - 1] == ';' || text.AsSpan(line.Start, line.Length).EndsWith("; and", StringComparison.Ordinal)
                          || text.AsSpan(line.Start, line.Length).EndsWith("; or", StringComparison.Ordinal));

    // The width of a full line of running text: the 80th percentile of line lengths.
    private static double TypicalWidth(List<TextLine> lines)
    {
        var lengths = lines.Where(l => l.Length > 20).Select(l => l.Length).ToArray();
        if (lengths.Length == 0) return 80;
        Array.Sort(lengths);
        return lengths[(int)(lengths.Length * 0.8)];
    }

    // "-2-", "2", "Page 2", "Page 2 of 10", "- ii -"
    [GeneratedRegex(@"^[-–—]?\s*(?:(?:Page|PAGE)\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s+(?:of|OF)\s+\d{1,4})?\s*[-–—]?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:WHEREAS|Whereas|NOW,? THEREFORE|Now,? [Tt]herefore)\b")]
    private static partial Regex Recital();

    // (a) (iv) (1) a. A. 1. 1.1 • - at the start of a line
    [GeneratedRegex(@"^(?:\((?:[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6}|\d{1,3})\)|(?:[a-zA-Z]|\d{1,3}(?:\.\d{1,3})*)[.)](?=\s|$)|\d{1,3}(?:\.\d{1,3})+(?=\s)|[•·▪◦●\-–*](?=\s))")]
    private static partial Regex ListMarker();
}
