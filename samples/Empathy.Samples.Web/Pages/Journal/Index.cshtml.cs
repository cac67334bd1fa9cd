using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Journal;

/// <summary>The journal's entries, newest first, a page at a time.</summary>
public sealed class IndexModel(OwnerContext owner, IJournalStore store) : PageModel
{
    /// <summary>This page's entries.</summary>
    public IReadOnlyList<JournalEntry> Entries { get; private set; } = [];

    /// <summary>The next page's token.</summary>
    public string? Continuation { get; private set; }

    /// <summary>Whether the link asked for a later page this journal did not give out, so the newest entries are shown instead.</summary>
    public bool ContinuationIsStale { get; private set; }

    /// <summary>Whether this is a page after the first (so the page links back to the newest entries).</summary>
    public bool IsLaterPage { get; private set; }

    /// <summary>Loads a page.</summary>
    public async Task OnGetAsync(string? continuation, CancellationToken cancellationToken)
    {
        JournalPage page;
        try
        {
            page = await store.ListAsync(owner.Owner, new JournalQuery { Order = JournalOrder.NewestFirst, PageSize = 20, Continuation = continuation }, cancellationToken);
        }
        catch (ArgumentException)
        {
            // A link from an older page (or a hand-edited one): say so rather than silently show another page.
            ContinuationIsStale = true;
            page = await store.ListAsync(owner.Owner, new JournalQuery { Order = JournalOrder.NewestFirst, PageSize = 20 }, cancellationToken);
        }

        IsLaterPage = !string.IsNullOrEmpty(continuation) && !ContinuationIsStale;
        Entries = page.Entries;
        Continuation = page.Continuation;
    }

    /// <summary>The first line of a text, shortened.</summary>
    public string Preview(string text) => text.Length <= 140 ? text : string.Concat(text.AsSpan(0, 139), "…");
}
