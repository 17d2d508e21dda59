using System.Net.Sockets;
using Npgsql;

namespace ContractIntel.Messaging;

/// <summary>
/// Which exceptions an outage explains (database or broker away, a network or disk hiccup): those are retried
/// for as long as an outage may last. Anything else is our bug or a bad message, and is not retried at all.
/// </summary>
public static class TransientFaults
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.IsTransient || pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException or IOException or TimeoutException:
                case MassTransit.ConnectionException:
                case RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.BrokerUnreachableException:
                    return true;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
                return true;
        }
        return false;
    }
}
