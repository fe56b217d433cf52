using CtiPlatform.Gateway.Benchmarks;

// One executable plays every part, so the three targets run the same build on the same machine:
//   run                      the benchmark: starts the parts below as child processes, drives wrk, prints the table
//   service <port>           the service: a small JSON GET on Kestrel
//   gateway <port> <service> the gateway, composed exactly as its Program.cs, forwarding to the service
//   forwarder <port> <service> the forwarder alone, without the edge, to see where the gateway's cost lies
return args switch
{
    ["service", var port] => await BenchmarkHosts.RunServiceAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture)),
    ["gateway", var port, var service, var signingKey] => await BenchmarkHosts.RunGatewayAsync(
        int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), service, signingKey),
    ["forwarder", var port, var service] => await BenchmarkHosts.RunForwarderAsync(
        int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), service),
    ["run", .. var options] => await BenchmarkRun.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: run [--duration 8] [--rounds 3] [--connections 16] [--warm-up 2] [--first-warm-up 20] [--deadline-seconds 600] | service <port> | gateway <port> <service-url> <signing-key> | forwarder <port> <service-url>");
    return 2;
}
