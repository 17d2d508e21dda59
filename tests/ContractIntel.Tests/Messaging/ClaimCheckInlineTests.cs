using ContractIntel.Messaging;
using MassTransit;
using MassTransit.MessageData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContractIntel.Tests.Messaging;

/// <summary>A claim check is always a file: below MassTransit's default threshold the bytes would also ride in the message body.</summary>
public sealed class ClaimCheckInlineTests
{
    [Fact]
    public async Task PutBytes_SmallDocument_IsStoredNotInlinedIntoTheMessage()
    {
        using var state = TestFolders.New("claim-");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{InboxOptions.SectionName}:StatePath"] = state });
        builder.AddBus(_ => { });
        using var host = builder.Build();
        var data = await host.Services.GetRequiredService<IMessageDataRepository>().PutBytes("tiny contract"u8.ToArray());

        Assert.IsNotAssignableFrom<IInlineMessageData>(data);
        var file = ClaimCheckFiles.PathOf(Path.Combine(state, "claim-check"), data.Address);
        Assert.True(file is not null && File.Exists(file), $"{data.Address} -> {file}");
    }
}
