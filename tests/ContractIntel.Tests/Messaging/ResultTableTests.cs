using ContractIntel.Messaging.Submission;

namespace ContractIntel.Tests.Messaging;

public sealed class ResultTableTests
{
    [Fact]
    public void Format_AlignsColumnsAndShowsDashesWhereNoRunExists()
    {
        var rows = new[]
        {
            new SubmissionRow("contract.pdf", "succeeded", 12, 340, 7, 5, 2, null, Guid.NewGuid()),
            new SubmissionRow("gone.pdf", "failed", null, null, null, null, null, "not_found", Guid.NewGuid()),
        };

        var lines = ResultTable.Format(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.Equal("file          status     pages  segments  clauses  fields  run  reason", lines[0]);
        Assert.Equal("contract.pdf  succeeded     12       340        7       5  v2", lines[1]);
        Assert.Equal("gone.pdf      failed         -         -        -       -  -    not_found", lines[2]);
    }
}
