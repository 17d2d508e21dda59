using ContractIntel.Extraction.Inference;

namespace ContractIntel.Tests.Inference;

public sealed class NpzArchiveTests
{
    [Fact]
    public void ReadsFloat32AndFloat16ArraysWithTheirShapes()
    {
        using var root = TestModels.NewRoot();
        var path = Path.Combine(root, "w.npz");
        TestModels.WriteNpz(path, [
            ("a.weight", [2, 3], [1f, -2f, 3.5f, 0f, 1e-3f, -7f], false),
            ("b", [3], [0.5f, -0.25f, 1024f], true),
        ]);
        var tensors = NpzArchive.Read(path);
        Assert.Equal([2, 3], tensors["a.weight"].Shape);
        Assert.Equal([1f, -2f, 3.5f, 0f, 1e-3f, -7f], tensors["a.weight"].Data);
        Assert.Equal([3], tensors["b"].Shape);
        Assert.Equal([0.5f, -0.25f, 1024f], tensors["b"].Data);
    }

    [Fact]
    public void RejectsFortranOrderAndTruncatedData()
    {
        var fortran = TestModels.Npy([2, 2], [1, 2, 3, 4], half: false, fortran: "True");
        Assert.Throws<InvalidDataException>(() => NpzArchive.ReadNpy("x", fortran));
        var truncated = TestModels.Npy([2, 2], [1, 2, 3, 4], half: false)[..^4];
        Assert.Throws<InvalidDataException>(() => NpzArchive.ReadNpy("x", truncated));
    }
}
