using Microsoft.AspNetCore.Identity;

namespace Empathy.Samples.Web.Accounts;

/// <summary>
/// A person with an account. Their id is also their journal owner id; nothing private lives on this
/// row (the journal and practice records are in the journal database, sealed under their own key).
/// </summary>
public sealed class AppUser : IdentityUser
{
}
