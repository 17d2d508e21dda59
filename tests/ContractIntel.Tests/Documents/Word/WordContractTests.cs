using ContractIntel.Extraction.Documents;

namespace ContractIntel.Tests.Documents.Word;

/// <summary>
/// samples/word holds a CUAD contract converted to .docx from its text (<see cref="DocxBuilder.FromText"/>): read as
/// Word it must give the clause findings (the bundled cuad-minilm model) and fields the text gives.
/// </summary>
public sealed class WordContractTests
{
    internal const string Name = "PANDIONTHERAPEUTICSHOLDCOLLC_05_22_2020-EX-10.17-CONSULTING AGREEMENT";

    [Fact]
    public void Read_WordContractFromCuadText_GivesTheSameClausesAndFieldsAsTheText()
    {
        var reader = new DocumentReader(new ExtractionLimits());
        var text = reader.Read(Samples.Bytes($"cuad-txt/{Name}.txt"), Name + ".txt", null);
        var word = reader.Read(Samples.Bytes($"word/{Name}.docx"), Name + ".docx", null);

        Assert.Equal(MediaTypes.Docx, word.MediaType);
        Assert.Equal(text.Text.TrimEnd('\n'), word.Text);
        using var model = new ClauseModelRun();
        var (textClauses, textFields) = model.Extract(text);
        var (wordClauses, wordFields) = model.Extract(word);

        Assert.NotEmpty(textClauses);
        Assert.NotEmpty(textFields);
        Assert.Equal(textClauses.Select(c => (c.Category, c.Page, c.Start, c.End, c.Text)), wordClauses.Select(c => (c.Category, c.Page, c.Start, c.End, c.Text)));
        Assert.Equal(textFields.Select(f => (f.Name, f.Value, f.Raw, f.Page, f.Start, f.End)), wordFields.Select(f => (f.Name, f.Value, f.Raw, f.Page, f.Start, f.End)));
        Assert.All(wordFields, f => Assert.Equal(f.Raw, word.Text[f.Start..f.End]));
    }
}
