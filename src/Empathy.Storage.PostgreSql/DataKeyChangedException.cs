namespace Empathy.Storage.PostgreSql;

/// <summary>The owner's data key changed while a call was running (a rotation here or on another instance): the call starts again.</summary>
internal sealed class DataKeyChangedException() : Exception("The owner's data key changed during the call.");
