namespace ContractIntel.Contracts;

public static class DocumentKinds
{
    public const string Contract = "contract";
    public const string Filing = "filing";
    public const string Auto = "auto";

    public static bool IsValid(string kind) => kind is Contract or Filing or Auto;
}
