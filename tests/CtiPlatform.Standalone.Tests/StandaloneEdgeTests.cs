using System.Net;
using System.Net.Http.Headers;
using CtiPlatform.Testing;

namespace CtiPlatform.Standalone.Tests;

/// <summary>The gateway's edge in front of the embedded services, on the standalone host's public paths.</summary>
public sealed class StandaloneEdgeTests
{
    [Fact]
    public async Task A_body_over_the_1_MB_limit_gets_413_problem_with_the_security_headers()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var worker = host.Client("cti-worker");
        using var body = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // The courses route: the referrals route lets an action plan of 5 MB through (decision 032).
        using var response = await worker.PostAsync($"/api/courses/{Guid.NewGuid()}/closure", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Answers_of_the_embedded_services_and_of_the_host_carry_the_security_headers()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var worker = host.Client("cti-worker");
        using var anonymous = new HttpClient { BaseAddress = host.Address };

        using var courses = await worker.GetAsync("/api/courses");
        using var tracked = await worker.GetAsync("/api/tracking/courses");
        using var refused = await anonymous.GetAsync("/api/referrals");
        using var health = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, courses.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        AssertSecurityHeaders(tracked);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        AssertSecurityHeaders(courses);
        AssertSecurityHeaders(refused);
        AssertSecurityHeaders(health);
    }

    [Fact]
    public async Task A_request_with_more_than_64_headers_gets_431()
    {
        await using var host = await StandaloneProcess.StartAsync(TimeSpan.FromSeconds(90));
        using var worker = host.Client("cti-worker");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/courses");
        for (var i = 0; i < 64; i++)
        {
            request.Headers.Add($"X-Filler-{i}", "x");
        }

        using var response = await worker.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Reaching_a_rate_limit_on_a_public_path_gets_429_problem_with_Retry_After()
    {
        await using var host = await StandaloneProcess.StartAsync(
            TimeSpan.FromSeconds(90),
            "--GatewayOptions:RateLimits:referral-submission:PermitLimit", "1",
            "--GatewayOptions:OverallRateLimit:PermitLimit", "3");
        using var shelter = host.Client("shelter");
        using var worker = host.Client("cti-worker");

        using var firstSubmission = await shelter.PostAsync("/api/referrals", Json("{}"));
        using var secondSubmission = await shelter.PostAsync("/api/referrals", Json("{}"));
        var reads = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            reads.Add(await worker.GetAsync("/api/courses"));
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, firstSubmission.StatusCode);
        AssertTooManyRequests(secondSubmission);
        Assert.All(reads.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertTooManyRequests(reads[3]);
        reads.ForEach(r => r.Dispose());
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static void AssertTooManyRequests(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
