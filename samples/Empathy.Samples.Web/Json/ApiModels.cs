namespace Empathy.Samples.Web.Json;

// The JSON API's request and response shapes (docs/web.md lists the endpoints). Requests use nullable
// members so that a missing field becomes a field error in a problem document, not a bare 400.

/// <summary><c>POST /api/account/register</c> and <c>/login</c>.</summary>
public sealed record CredentialsRequest(string? Email, string? Password);

/// <summary><c>POST /api/account/password</c>.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary><c>POST /api/account/recover</c>.</summary>
public sealed record RecoverRequest(string? Email, string? RecoveryKey, string? NewPassword);

/// <summary><c>POST /api/account/delete</c>: <c>{"confirm": true}</c>.</summary>
public sealed record DeleteAccountRequest(bool Confirm);

/// <summary>A recovery key, shown once.</summary>
/// <param name="RecoveryKey">The key's text.</param>
/// <param name="Note">What it is for.</param>
public sealed record RecoveryKeyResponse(string RecoveryKey, string Note);

/// <summary>Who is signed in.</summary>
public sealed record AccountResponse(string Id, string Email);

/// <summary>The id of what was just created.</summary>
public sealed record CreatedResponse(string Id);

/// <summary>A text to check.</summary>
public sealed record TextRequest(string? Text);

/// <summary>The trivial endpoint (the floor of the load test).</summary>
public sealed record Pong(string Status);
