using Microsoft.AspNetCore.Http.HttpResults;

namespace Empathy.Samples.Web.Practice;

/// <summary>Turns a <see cref="PracticeOutcome{T}"/> into the JSON API's typed result: 200, 400 (field errors) or 404.</summary>
public static class PracticeResults
{
    /// <summary>200 with <paramref name="describe"/>'s view of the value, a validation problem, or 404.</summary>
    public static Results<Ok<TResponse>, NotFound, ValidationProblem> Answer<T, TResponse>(PracticeOutcome<T> outcome, Func<T, TResponse> describe)
        where T : class => outcome switch
        {
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            { Value: { } value } => TypedResults.Ok(describe(value)),
            _ => TypedResults.NotFound(),
        };
}
