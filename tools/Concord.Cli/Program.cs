using Concord.Cli;

return await CliApp.Build().Parse(args).InvokeAsync();
