using System.Diagnostics;
using System.Text;
using Concord.Testing;

namespace Concord.EndToEnd.Tests;

/// <summary>One Concord service run as its own process from its build output, as an operator would run it.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    /// <summary>How long a service may take to become ready: migrations, the agreements snapshot and a loaded CI machine.</summary>
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(180);

    private readonly string _name;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public ServiceProcess(string name, Uri healthAddress, IReadOnlyDictionary<string, string> environment)
    {
        _name = name;
        HealthAddress = healthAddress;
        _environment = environment;
    }

    public Uri HealthAddress { get; }

    /// <summary>The build configuration the services were built in: the same as this test assembly's.</summary>
    public static string Configuration { get; } =
        Environment.GetEnvironmentVariable("CONCORD_BUILD_CONFIGURATION")
        ?? (AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task StartAsync()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "services", _name, "bin", Configuration, "net10.0");
        var assembly = Path.Combine(directory, $"Concord.{_name}.dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} does not exist: build the solution ({Configuration}) first.");
        }

        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{_name} did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(HealthAddress);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{_name} was not ready at {HealthAddress} within {ReadyWithin.TotalSeconds:0} s:\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
