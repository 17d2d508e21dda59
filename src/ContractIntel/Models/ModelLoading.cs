using ContractIntel.Commands;

namespace ContractIntel.Models;

internal static class ModelLoading
{
    /// <summary>
    /// Loads a model for an offline verb. A model that cannot start (missing, wrong hash, device unavailable) is a
    /// configuration problem the message already explains, so the verb prints it instead of a stack trace.
    /// </summary>
    public static T Start<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException)
        {
            throw new CliException(e.Message);
        }
    }
}
