using System.Diagnostics;
using System.Globalization;
using ContractIntel.Messaging;
using Npgsql;
using RabbitMQ.Client;

namespace ContractIntel.IntegrationTests.Messaging;

/// <summary>
/// The real <c>contractintel worker</c> process talks to the broker and the database and to nothing else (no
/// usage telemetry, no lookups): every socket it holds, read from /proc, goes to one of those two ports.
/// </summary>
public sealed class WorkerConnectionTests
{
    [Fact]
    public async Task Worker_OpensNoConnectionButTheBrokerAndTheDatabase()
    {
        ServerEnvironment.Require();
        var executable = Path.Combine(StateFolder.CheckoutRoot(AppContext.BaseDirectory)!, "src/ContractIntel/bin/Release/net10.0/linux-x64/contractintel");
        Assert.True(File.Exists(executable), $"{executable} is not built (dotnet build -c Release)");
        var pgPort = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("ContractIntel__Database__ConnectionString")).Port;
        var amqpPort = int.Parse(Environment.GetEnvironmentVariable("ContractIntel__RabbitMq__Port")!, CultureInfo.InvariantCulture);
        var scratch = Path.Combine(Path.GetTempPath(), "contractintel-conn-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(executable, "worker") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ContractIntel__RabbitMq__Queue"] = $"process-document-conn-{Guid.NewGuid():N}"[..36];
        start.Environment["ContractIntel__Inbox__StatePath"] = scratch;
        start.Environment["ContractIntel__Telemetry__OtlpEndpoint"] = "";
        using var worker = System.Diagnostics.Process.Start(start)!;
        var ready = new TaskCompletionSource();
        worker.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Consuming", StringComparison.Ordinal) == true) ready.TrySetResult(); };
        worker.ErrorDataReceived += (_, _) => { };
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
            var seen = new HashSet<string>();
            // A usage report or a lookup would come some seconds after start: watch for a while, not once.
            for (var i = 0; i < 30 && !worker.HasExited; i++)
            {
                foreach (var socket in ProcSockets.Of(worker.Id)) seen.Add(socket);
                await Task.Delay(500);
            }
            Assert.False(worker.HasExited, "the worker stopped");
            var allowed = new[] { $"tcp 127.0.0.1:{pgPort}", $"tcp 127.0.0.1:{amqpPort}" };
            // The broker connection proves the sampling sees the worker's sockets; the database is used per message.
            Assert.Contains(allowed[1], seen);
            Assert.All(seen, s => Assert.Contains(s, allowed));
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            await DeleteQueueAsync(amqpPort, start.Environment["ContractIntel__RabbitMq__Queue"]!);
        }
    }

    private static async Task DeleteQueueAsync(int port, string queue)
    {
        var factory = new ConnectionFactory
        {
            HostName = Environment.GetEnvironmentVariable("ContractIntel__RabbitMq__Host") ?? "127.0.0.1", Port = port,
            UserName = Environment.GetEnvironmentVariable("ContractIntel__RabbitMq__Username") ?? "guest",
            Password = Environment.GetEnvironmentVariable("ContractIntel__RabbitMq__Password") ?? "guest",
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(queue);
        await channel.ExchangeDeleteAsync(queue);
    }
}
