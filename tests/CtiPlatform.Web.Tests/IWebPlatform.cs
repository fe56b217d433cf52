namespace CtiPlatform.Web.Tests;

/// <summary>
/// Where the web tests' scenarios run: the standalone host with its demo log-in, or the distributed services behind the
/// gateway with the municipality's identity provider stood in for on loopback. A scenario names users by role only.
/// </summary>
public interface IWebPlatform
{
    /// <summary>The worker the committee approves courses to; her subject, as the worker registry knows her.</summary>
    string WorkerSubject { get; }

    /// <summary>A second worker of the same municipality, whose courses the first may not see.</summary>
    string OtherWorkerSubject { get; }

    /// <summary>A member of the committee besides the workers (decision 027).</summary>
    string CommitteeMember { get; }

    /// <summary>A fresh browser context (no cookies) with one page, at the platform's entry.</summary>
    Task<IPage> NewPageAsync(int width = 1280, int height = 900);

    /// <summary>Logs the page in as the platform's user of <paramref name="role"/>, the way that user logs in there.</summary>
    Task LogInAsync(IPage page, string role);

    /// <summary>A client of the platform's API, through its entry, with the token of the user of <paramref name="role"/>.</summary>
    HttpClient Api(string role);
}
