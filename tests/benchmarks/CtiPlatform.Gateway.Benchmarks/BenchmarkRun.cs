using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>
/// Starts the service, the gateway and nginx on loopback, then measures a small JSON GET against each with
/// wrk, in interleaved rounds so that load from elsewhere on the machine falls on all three alike. Every
/// target gets the same request, bearer token included (nginx and the bare service ignore it).
/// </summary>
internal static class BenchmarkRun
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] options)
    {
        var duration = Option(options, "--duration", 8);
        var rounds = Option(options, "--rounds", 3);
        var connections = Option(options, "--connections", 16);
        var warmUp = Option(options, "--warm-up", 2);
        var firstWarmUp = Option(options, "--first-warm-up", 20);

        // The whole run's bound: a wrk or host that never returns ends the run with the phase it was in, not a hang.
        var deadlineSeconds = Option(options, "--deadline-seconds", 600);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(deadlineSeconds));
        var phase = "starting the hosts";

        var servicePort = FreePort();
        var gatewayPort = FreePort();
        var nginxPort = FreePort();
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var token = new SymmetricTokenIssuer(BenchmarkHosts.Issuer, BenchmarkHosts.Audience, signingKey)
            .Issue("bench-user", [Roles.CtiWorker], "101", null, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var nginxDirectory = Directory.CreateTempSubdirectory("cti-bench-nginx-").FullName;

        var children = new List<Process>();
        try
        {
            var (service, serviceReady) = StartSelf("service", servicePort.ToString(CultureInfo.InvariantCulture));
            children.Add(service);
            var (gateway, gatewayReady) = StartSelf("gateway", gatewayPort.ToString(CultureInfo.InvariantCulture), $"http://127.0.0.1:{servicePort}", signingKey);
            children.Add(gateway);
            var (nginx, nginxReady) = StartNginx(nginxDirectory, nginxPort, servicePort);
            children.Add(nginx);

            var directUrl = $"http://127.0.0.1:{servicePort}{BenchmarkHosts.Path}";
            var gatewayUrl = $"http://127.0.0.1:{gatewayPort}{BenchmarkHosts.Path}";
            var nginxUrl = $"http://127.0.0.1:{nginxPort}{BenchmarkHosts.Path}";
            foreach (var (process, ready, url) in new[] { (service, serviceReady, directUrl), (gateway, gatewayReady, gatewayUrl), (nginx, nginxReady, nginxUrl) })
            {
                phase = $"waiting for {url} to be ready";
                await WaitReadyAsync(process, ready, deadline.Token);
                await EnsureAnsweringAsync(url, token, deadline.Token);
            }

            // .NET tiers its hot code up to optimised, profile-guided code in the background over the first
            // seconds under load; a production gateway runs for days, so its steady state is what counts.
            foreach (var url in new[] { directUrl, gatewayUrl, nginxUrl })
            {
                phase = $"warming up {url}";
                await Wrk.RunAsync(url, token, connections, firstWarmUp, deadline.Token);
            }

            // After the warm-up every nginx worker has long been forked, so its master's children are all of them.
            var targets = new[]
            {
                new Target("service (direct)", directUrl, [service.Id]),
                new Target("gateway", gatewayUrl, [gateway.Id]),
                new Target("nginx", nginxUrl, ProcessCpu.WithChildren(nginx.Id)),
            };

            Console.WriteLine($"cores: {Environment.ProcessorCount}, load average before: {LoadAverage()}");
            Console.WriteLine($"wrk -t1 -c{connections} -d{duration}s, {rounds} interleaved rounds, {firstWarmUp}s first warm-up, {warmUp}s warm-up each");
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var target in targets)
                {
                    phase = $"round {round} of {target.Name}";
                    await Wrk.RunAsync(target.Url, token, connections, warmUp, deadline.Token);
                    var frontBefore = ProcessCpu.Of(target.Front);
                    var serviceBefore = ProcessCpu.Of([service.Id]);
                    var result = await Wrk.RunAsync(target.Url, token, connections, duration, deadline.Token);
                    var front = (ProcessCpu.Of(target.Front) - frontBefore).TotalMicroseconds / result.Requests;
                    var behind = (ProcessCpu.Of([service.Id]) - serviceBefore).TotalMicroseconds / result.Requests;
                    target.Results.Add(result);
                    target.FrontCpu.Add(front);
                    target.ServiceCpu.Add(behind);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round}  {target.Name,-17} {result}  CPU/request {front,4:0} µs front, {behind,4:0} µs service"));
                }
            }

            Console.WriteLine($"load average after: {LoadAverage()}");
            Report(targets);
            return 0;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            Console.Error.WriteLine($"FAILED: the deadline of {deadlineSeconds} s passed while {phase}.");
            return 1;
        }
        finally
        {
            foreach (var child in children)
            {
                if (!child.HasExited)
                {
                    child.Kill(entireProcessTree: true);
                    await child.WaitForExitAsync();
                }

                child.Dispose();
            }

            Directory.Delete(nginxDirectory, recursive: true);
        }
    }

    private static void Report(Target[] targets)
    {
        var medians = targets.Select(t => (t.Name, Result: WrkResult.Median(t.Results), Front: WrkResult.MedianOf(t.FrontCpu), Service: WrkResult.MedianOf(t.ServiceCpu))).ToArray();
        Console.WriteLine();
        Console.WriteLine("| target | requests/s | p50 | p99 | CPU/request front | CPU/request service |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, result, front, service) in medians)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {result.RequestsPerSecond:0} | {result.P50.TotalMilliseconds:0.00} ms | {result.P99.TotalMilliseconds:0.00} ms | {front:0} µs | {service:0} µs |"));
        }

        var direct = medians[0].Result;
        var gateway = medians[1].Result;
        var nginx = medians[2].Result;
        var throughput = gateway.RequestsPerSecond / nginx.RequestsPerSecond;
        var tail = gateway.P99 / nginx.P99;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway/nginx throughput: {throughput:P0} (target >= 80 %): {(throughput >= 0.8 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway/nginx p99:        {tail:0.00}x (target <= 1.5x): {(tail <= 1.5 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway/direct throughput: {gateway.RequestsPerSecond / direct.RequestsPerSecond:P0}, nginx/direct: {nginx.RequestsPerSecond / direct.RequestsPerSecond:P0}"));
    }

    private static (Process Process, Task Ready) StartSelf(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start)!;
        Drain(process, line =>
        {
            if (line == BenchmarkHosts.ReadyLine)
            {
                ready.TrySetResult();
            }
        });
        return (process, ready.Task);
    }

    /// <summary>
    /// Starts nginx in the foreground. It writes its pid file only after it has bound its listening socket, so
    /// the file's appearance is the signal: from then on a connection waits in the backlog for a worker.
    /// </summary>
    private static (Process Process, Task Ready) StartNginx(string directory, int port, int servicePort)
    {
        var configuration = Path.Combine(directory, "nginx.conf");
        File.WriteAllText(configuration, NginxConfiguration.For(directory, port, servicePort));
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new FileSystemWatcher(directory, NginxConfiguration.PidFile) { EnableRaisingEvents = true };
        watcher.Created += (_, _) => ready.TrySetResult();
        var start = new ProcessStartInfo("nginx") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", directory, "-c", configuration, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        Drain(process, _ => { });
        _ = ready.Task.ContinueWith(_ => watcher.Dispose(), TaskScheduler.Default);
        return (process, ready.Task);
    }

    // Unread redirected output would fill its pipe and stall the child; only the ready line and errors matter.
    private static void Drain(Process process, Action<string> onLine)
    {
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                onLine(line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && line.Contains("emerg", StringComparison.Ordinal))
            {
                Console.Error.WriteLine(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private static async Task WaitReadyAsync(Process process, Task ready, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(ready, exited).WaitAsync(StartTimeout, cancellationToken);
        if (first == exited)
        {
            throw new InvalidOperationException($"{process.StartInfo.FileName} exited with {process.ExitCode} before it was ready.");
        }
    }

    private static async Task EnsureAnsweringAsync(string url, string token, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = StartTimeout };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.GetAsync(url, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} instead of 200.");
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static int Option(string[] options, string name, int fallback)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? int.Parse(options[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
