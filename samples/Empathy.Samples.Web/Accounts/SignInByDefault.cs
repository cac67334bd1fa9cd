using Microsoft.AspNetCore.Authorization;

namespace Empathy.Samples.Web.Accounts;

/// <summary>
/// The authorization policy for every endpoint that says nothing of its own: a signed-in person is needed.
/// A request that matched no endpoint at all needs nobody: it ends in a 404 (the error page, or a problem
/// document under <c>/api</c>), where sending an anonymous visitor to sign in first would promise a page
/// that is not there and, under <c>/api</c>, answer a program with a 401 for an address that names nothing.
/// </summary>
internal static class SignInByDefault
{
    /// <summary>The policy (used as the fallback policy).</summary>
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder()
        .RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true
            || (context.Resource is HttpContext http && http.GetEndpoint() is null))
        .Build();
}
