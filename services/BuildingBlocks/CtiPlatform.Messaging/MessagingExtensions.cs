using CtiPlatform.Messaging.Attention;
using CtiPlatform.Messaging.Dispatch;
using CtiPlatform.Messaging.Inbox;
using CtiPlatform.Messaging.Outbox;
using CtiPlatform.Messaging.Scheduling;
using CtiPlatform.Messaging.Tenancy;
using CtiPlatform.Messaging.Topology;
using CtiPlatform.Persistence;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.ServiceDefaults.Health;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Connects the service to the broker with the platform's reliability guarantees: messages and timers written
    /// through <see cref="IOutbox"/>, <see cref="IMessageScheduler"/> or a state machine's <c>Schedule</c> commit
    /// with the service's state in <typeparamref name="TContext"/>'s database and are dispatched afterwards;
    /// every consumer and saga runs in one transaction with an inbox check, so a redelivered message changes
    /// nothing twice, and only for the tenant its header names once verified against the configured municipalities
    /// and the body (otherwise the message goes to <c>_error</c>, docs/decisions/211-message-tenant-is-verified.md). Transport from <c>MessagingOptions:Transport</c>; RabbitMQ at <c>ConnectionStrings:rabbitmq</c>.
    /// With RabbitMQ the <c>migrate</c> step also declares the service's queues, so nothing published before its first start is lost (decision 213).
    /// Call after <c>AddServiceDatabase&lt;TContext&gt;</c>.
    /// </summary>
    /// <param name="builder">The service host.</param>
    /// <param name="configure">Registers the service's consumers and sagas.</param>
    public static WebApplicationBuilder AddMessaging<TContext>(this WebApplicationBuilder builder, Action<IBusRegistrationConfigurator> configure)
        where TContext : ServiceDbContext
    {
        var services = builder.Services;
        services.AddOptions<MessagingOptions>().BindConfiguration(nameof(MessagingOptions)).ValidateDataAnnotations().ValidateOnStart();
        var settings = builder.Configuration.GetSection(nameof(MessagingOptions)).Get<MessagingOptions>() ?? new MessagingOptions();

        services.AddSingleton(new MigrationAssembly(typeof(OutboxMessage).Assembly));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<BusReadiness>();
        services.AddBusObserver(sp => sp.GetRequiredService<BusReadiness>());
        services.AddSingleton<OutboxCommitInterceptor>();
        services.ConfigureDbContext<TContext>((sp, options) => options
            .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>())
            .ReplaceService<IModelCustomizer, MessagingModelCustomizer>());
        services.AddScoped<EntityFrameworkOutbox<TContext>>();
        services.AddScoped<IOutbox>(sp => sp.GetRequiredService<EntityFrameworkOutbox<TContext>>());
        services.AddScoped<IInboxUnitOfWork, InboxUnitOfWork<TContext>>();
        services.AddSingleton<MessageTenantCheck>();
        if (settings.Transport == MessagingTransport.RabbitMq)
        {
            // The migrate step declares the queues before any pod of the release runs (decision 213).
            services.AddSingleton<BrokerTopologyStep>();
            services.AddSingleton<IDeploymentStep>(sp => sp.GetRequiredService<BrokerTopologyStep>());
        }

        services.AddScoped<IMessageScheduler>(sp => new MessageScheduler(
            new OutboxScheduleMessageProvider<TContext>(sp.GetRequiredService<EntityFrameworkOutbox<TContext>>(), null),
            sp.GetRequiredService<IBus>().Topology));

        // MassTransit keeps its log context in an async-local that outlives a host: a second host built in the same
        // flow (tests, the standalone host restarting a service) would log through the first one's disposed factory.
        LogContext.Current = null;
        services.AddMassTransit(x =>
        {
            // MassTransit 8.4 otherwise posts the bus's endpoint names, versions and time zone to its vendor's host
            // once started; a municipal platform sends nothing uninvited (docs/decisions/212-nothing-phones-home.md).
            x.DisableUsageTelemetry();
            x.SetKebabCaseEndpointNameFormatter();
            // Reported, not a readiness check: while the broker is away the service keeps serving and its messages wait in
            // the outbox, so broker maintenance must not take every pod out of service (decision 111).
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Name = "messaging";
                o.Tags.Add(HealthTags.Reported);
            });
            configure(x);
            if (settings.Transport == MessagingTransport.InMemory)
            {
                x.UsingInMemory((context, cfg) => ConfigureBus<TContext, IInMemoryReceiveEndpointConfigurator>(context, cfg, settings));
                return;
            }

            x.UsingRabbitMq((context, cfg) =>
            {
                var address = context.GetRequiredService<IConfiguration>().GetConnectionString("rabbitmq")
                    ?? throw new InvalidOperationException("Connection string 'rabbitmq' is not configured (ConnectionStrings__rabbitmq).");
                cfg.Host(new Uri(address), h => h.PublisherConfirmation = true);
                cfg.Durable = true;
                cfg.DeployTopologyOnly = context.GetRequiredService<BrokerTopologyStep>().BusBuilt();
                ConfigureBus<TContext, IRabbitMqReceiveEndpointConfigurator>(context, cfg, settings);
            });
        });

        // After MassTransit's own hosted service; the dispatcher itself waits until the bus's endpoints are ready.
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return builder;
    }

    private static void ConfigureBus<TContext, TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg, MessagingOptions settings)
        where TContext : ServiceDbContext
        where TEndpoint : IReceiveEndpointConfigurator
    {
        // Outermost to innermost: the attention record of a message finally given up on and the durable scheduler
        // (pre-pipe filters, the only kind MassTransit copies from the bus onto every receive endpoint), redelivery,
        // immediate retries, then per consumer (in its scope) the inbox unit of work. Retries therefore run in a
        // fresh scope and a fresh transaction, and only a failure that outlasts them all reaches the attention record.
        cfg.AddPrePipeSpecification(new FilterPipeSpecification<ConsumeContext>(new AttentionFilter<TContext>(
            context.GetRequiredService<IServiceScopeFactory>(), [.. context.GetServices<IAttentionSubject>()], context.GetRequiredService<TimeProvider>(),
            context.GetRequiredService<ILogger<AttentionFilter<TContext>>>())));
        cfg.AddPrePipeSpecification(new FilterPipeSpecification<ConsumeContext>(
            new DurableSchedulerFilter<TContext>(context.GetRequiredService<IServiceScopeFactory>())));
        cfg.UseScheduledRedelivery(r =>
        {
            r.Intervals(settings.EffectiveRedeliveryDelays);

            // The copy keeps its MessageId, so the inbox absorbs it should the original come back as well.
            ((IRedeliveryConfigurator)r).ReplaceMessageId = false;

            // A message with an untrusted tenant stays untrusted however often it comes back: straight to _error.
            r.Ignore<UntrustedTenantException>();
        });

        cfg.UseMessageRetry(r =>
        {
            r.Ignore<UntrustedTenantException>();
            r.Immediate(settings.ImmediateRetries);
        });

        // Concurrent events for one saga instance lose races by design (optimistic concurrency); they retry
        // quickly against the fresh row, with jitter so the losers do not collide again in lock-step.
        cfg.UseMessageRetry(r =>
        {
            r.Handle<DbUpdateConcurrencyException>();
            r.Exponential(20, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(15));
        });
        cfg.UseConsumeFilter(typeof(InboxFilter<>), context);
        cfg.ConfigureEndpoints(context);
    }
}
