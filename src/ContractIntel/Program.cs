using ContractIntel.Commands;

return await Cli.RunAsync(args);
