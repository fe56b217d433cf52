using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CtiPlatform.Standalone.Composition;

/// <summary>
/// The "server" of an embedded service: it listens on nothing and runs the service's whole pipeline for
/// requests the standalone host hands it, over the host's own connection — no socket, no proxy hop.
/// </summary>
internal sealed class InProcessServer : IServer
{
    private Func<IFeatureCollection, Task>? process;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public InProcessServer() => Features.Set<IServerAddressesFeature>(new ServerAddressesFeature());

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        process = async features =>
        {
            var context = application.CreateContext(features);
            try
            {
                await application.ProcessRequestAsync(context);
                // An answer without a body (a redirect) would start only after this context is gone, and its
                // on-starting callbacks (the web app's temp data, cookies) would touch a disposed context.
                await features.GetRequiredFeature<IHttpResponseBodyFeature>().StartAsync();
                application.DisposeContext(context, null);
            }
            catch (Exception e)
            {
                application.DisposeContext(context, e);
                throw;
            }
        };
        return Task.CompletedTask;
    }

    public Task ProcessAsync(IFeatureCollection features) =>
        (process ?? throw new InvalidOperationException("The embedded service has not started.")).Invoke(features);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
