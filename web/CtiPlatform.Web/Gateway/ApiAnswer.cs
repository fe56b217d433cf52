namespace CtiPlatform.Web.Gateway;

/// <summary>A service's answer: the value on success, <see cref="NotFound"/>, or the refusal to show on the form.</summary>
public sealed record ApiAnswer<T>(T? Value, ApiProblem? Problem, bool NotFound)
{
    public bool Succeeded => Problem is null && !NotFound;
}
