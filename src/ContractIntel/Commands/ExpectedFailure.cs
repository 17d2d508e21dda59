using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace ContractIntel.Commands;

/// <summary>
/// The failures a user can cause or fix (a bad value, settings that do not validate, a server that is down), each
/// as one line and an <see cref="ExitCode"/>. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class ExpectedFailure
{
    public static (ExitCode Code, string Message)? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case CliException cli:
                    return (cli.ExitCode, cli.Message);
                case OptionsValidationException invalid:
                    return (ExitCode.Usage, "invalid settings: " + string.Join("; ", invalid.Failures));
                case FileNotFoundException or DirectoryNotFoundException:
                    return (ExitCode.Usage, e.Message);
                case PostgresException pg when pg.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification:
                    return (ExitCode.Usage, $"the database refused the login ({pg.SqlState}): check ContractIntel:Database");
                case NpgsqlException npgsql when npgsql is not PostgresException:
                    return (ExitCode.Failure, $"cannot reach the database: {Innermost(npgsql).Message}");
                case MassTransit.ConnectionException or BrokerUnreachableException:
                    return (ExitCode.Failure, $"cannot reach the broker: {Innermost(e).Message}");
                case SocketException socket:
                    return (ExitCode.Failure, $"cannot connect: {socket.Message}");
            }
        }
        return null;
    }

    /// <summary>One line, whatever the exception put in its message.</summary>
    public static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
