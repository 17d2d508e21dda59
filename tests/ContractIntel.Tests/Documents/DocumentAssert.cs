using ContractIntel.Extraction.Documents;
using ContractIntel.Extraction.Segmentation;

namespace ContractIntel.Tests.Documents;

internal static class DocumentAssert
{
    /// <summary>Pages are numbered 1..n and tile the text: no gap, no overlap, first at 0, last at the end.</summary>
    public static void PagesTile(DocumentText document)
    {
        Assert.NotEmpty(document.Pages);
        var expected = 0;
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            Assert.Equal(i + 1, page.Number);
            Assert.Equal(expected, page.Start);
            Assert.True(page.End >= page.Start, $"page {page.Number} ends before it starts");
            expected = page.End;
        }
        Assert.Equal(document.Text.Length, expected);
    }

    /// <summary>Every segment's text is the document text at its offsets, and indexes, pages and parents agree.</summary>
    public static void SegmentsConsistent(DocumentText document, IReadOnlyList<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            Assert.Equal(i, s.Index);
            Assert.True(s.Start >= 0 && s.Start < s.End && s.End <= document.Text.Length, $"segment {i} has offsets {s.Start}..{s.End}");
            Assert.Equal(document.Text[s.Start..s.End], s.Text);
            Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), $"segment {i} is not trimmed");
            Assert.Equal(document.PageAt(s.Start), s.Page);
            var page = document.Pages[s.Page - 1];
            Assert.InRange(s.Start, page.Start, page.End - 1);
            Assert.True(s.End <= page.End, $"segment {i} runs past the end of page {page.Number}");
            if (i > 0)
                Assert.True(segments[i - 1].Start <= s.Start, $"segment {i} is out of document order");
            switch (s.Kind)
            {
                case SegmentKind.Section:
                    Assert.Null(s.Parent);
                    break;
                case SegmentKind.Paragraph:
                    if (s.Parent is { } section)
                    {
                        Assert.Equal(SegmentKind.Section, segments[section].Kind);
                        Assert.True(section < i);
                    }
                    break;
                case SegmentKind.Sentence:
                    var paragraph = segments[Assert.IsType<int>(s.Parent)];
                    Assert.Equal(SegmentKind.Paragraph, paragraph.Kind);
                    Assert.InRange(s.Start, paragraph.Start, paragraph.End);
                    Assert.InRange(s.End, paragraph.Start, paragraph.End);
                    break;
            }
        }
    }
}
