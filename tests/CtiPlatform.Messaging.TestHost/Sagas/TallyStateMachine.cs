using CtiPlatform.Messaging.TestHost.Contracts;
using MassTransit;

namespace CtiPlatform.Messaging.TestHost.Sagas;

public sealed class TallyStateMachine : MassTransitStateMachine<TallyState>
{
    public TallyStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Opened, e => e.CorrelateById(m => m.Message.TallyId));
        Event(() => Added, e => e.CorrelateById(m => m.Message.TallyId));

        Initially(When(Opened).TransitionTo(Open));
        During(Open, When(Added).Then(context =>
        {
            context.Saga.Total += context.Message.Amount;
            context.Saga.Count++;
        }));
    }

    public State Open { get; private set; } = null!;

    public Event<TallyOpened> Opened { get; private set; } = null!;

    public Event<AmountAdded> Added { get; private set; } = null!;
}
