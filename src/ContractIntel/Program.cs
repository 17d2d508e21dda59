using ContractIntel.Commands;
using ContractIntel.Reading;

// The isolated reader's child (hidden, started once per document by IsolatedDocumentReader) takes the short road:
// no host, no command tree; see ReadDocumentVerb. Everything else goes through System.CommandLine.
return args is [ReadDocumentVerb.Name, ..] ? await ReadDocumentVerb.RunAsync(args[1..], CancellationToken.None) : await Cli.RunAsync(args);
