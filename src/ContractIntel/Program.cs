using ContractIntel.Verbs;

return await Cli.RunAsync(args);
