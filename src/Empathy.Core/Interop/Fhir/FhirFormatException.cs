namespace Empathy.Core.Interop.Fhir;

/// <summary>
/// A FHIR document could not be read at all: it is not JSON, not the resource expected, or misses an
/// element FHIR requires. Problems with the answers themselves are reported as
/// <see cref="Exercises.ExerciseResponseProblem"/>s instead, naming the item's linkId.
/// </summary>
public sealed class FhirFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public FhirFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what is expected.</param>
    public FhirFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what is expected.</param>
    /// <param name="innerException">The cause.</param>
    public FhirFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
