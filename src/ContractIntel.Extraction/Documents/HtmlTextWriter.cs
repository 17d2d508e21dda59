namespace ContractIntel.Extraction.Documents;

/// <summary>
/// Writes HTML text content as plain text: whitespace inside a block collapses to one space, block boundaries
/// become line breaks, table cells are separated by a tab, and a requested page break starts a new page before
/// the next visible character (so no page is empty and none starts with a separator).
/// </summary>
internal sealed class HtmlTextWriter(PageTextBuilder builder)
{
    private enum Gap { None, Space, Tab, Line, Blank }

    private Gap pending;
    private bool pendingPage;

    public void Space() => Request(Gap.Space);

    /// <summary>Cells are separated by a tab even when a block inside the cell asked for a line break.</summary>
    public void Cell()
    {
        if (pending < Gap.Blank) pending = Gap.Tab;
    }

    public void Line() => Request(Gap.Line);

    /// <summary>A second line request without text in between makes a blank line (two &lt;br&gt;).</summary>
    public void LineBreak() => Request(pending == Gap.Line && builder.Length > 0 ? Gap.Blank : Gap.Line);

    public void Block() => Request(Gap.Blank);

    public void PageBreak() => pendingPage = true;

    public void Text(string data, bool preformatted)
    {
        foreach (var c in data)
        {
            if (c == '\r')
                continue;
            if (preformatted)
            {
                if (c == '\n') { LineBreak(); continue; }
                Write(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                Space();
            }
            else
            {
                Write(c);
            }
        }
    }

    private void Request(Gap gap)
    {
        if (gap > pending)
            pending = gap;
    }

    private void Write(char c)
    {
        if (builder.Length > 0)
        {
            if (pendingPage)
            {
                builder.NewPage();
            }
            else
            {
                switch (pending)
                {
                    case Gap.Space: builder.AppendRaw(' '); break;
                    case Gap.Tab: builder.AppendRaw('\t'); break;
                    case Gap.Line: builder.AppendRaw('\n'); break;
                    case Gap.Blank: builder.AppendRaw("\n\n"); break;
                }
            }
        }
        else if (builder.PageCount == 0)
        {
            builder.NewPage();
        }
        pending = Gap.None;
        pendingPage = false;
        builder.Append([c]);
    }
}
