namespace ContractIntel.Jail;

/// <summary>
/// A claim check the worker will not read (outside its folder, not a regular file, missing, too large). Thrown
/// through MassTransit's lazy <c>MessageData.Value</c>; the loader turns it into a recorded refusal.
/// </summary>
public sealed class InputRefusedException(string reasonCode, string message) : Exception(message)
{
    public string ReasonCode { get; } = reasonCode;

    /// <summary>This exception, wherever MassTransit wrapped it, or null.</summary>
    public static InputRefusedException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is InputRefusedException refused) return refused;
            if (e is AggregateException { InnerExceptions.Count: 1 } a) e = a;
        }
        return null;
    }
}
