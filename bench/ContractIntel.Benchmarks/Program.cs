using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ContractIntel.Benchmarks;

// `parity DATA` compares the tokenizers; anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args is ["parity", var data]) return Parity.Run(data);

// ShortRun in process: a 2-core machine shared with other work cannot afford BenchmarkDotNet's default job, and an
// in-process run needs no generated project (the build is linux-x64 with central package versions).
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(Repo).Assembly).Run(args, config);
return 0;
