using Empathy.Core.Storage.Encryption;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// The store's active key and the locks around it: reads run in parallel under a shared lock, writes
/// queue one at a time, and a key rotation swaps the codec under the exclusive lock, so no read or write
/// ever sees the key change half-way.
/// </summary>
internal sealed class ActiveCodec : IDisposable
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly object _store;
    private IEntryCodec _codec;
    private bool _disposed;

    public ActiveCodec(IEntryCodec codec, object store)
    {
        _codec = codec;
        _store = store;
    }

    /// <summary>Runs <paramref name="read"/> with the current codec under the shared lock.</summary>
    public T Read<T>(Func<IEntryCodec, T> read)
    {
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, _store);
            return read(_codec);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Runs a read (synchronous, like all Microsoft.Data.Sqlite I/O) and returns its result or error as a task.</summary>
    public Task<T> ReadAsync<T>(Func<IEntryCodec, T> read)
    {
        try
        {
            return Task.FromResult(Read(read));
        }
        catch (OperationCanceledException cancelled) when (cancelled.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancelled.CancellationToken);
        }
        catch (Exception error)
        {
            return Task.FromException<T>(error);
        }
    }

    /// <summary>Runs a write alone among this store's writers, under the shared lock, with the current codec.</summary>
    public async Task WriteAsync(Action<IEntryCodec> write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, _store);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Read(codec =>
            {
                write(codec);
                return 0;
            });
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="replace"/> (given the old codec) alone, under the exclusive lock; when it
    /// returns, <paramref name="newCodec"/> becomes the active codec and the old one is wiped. When it
    /// throws, nothing changes and <paramref name="newCodec"/> is wiped.
    /// </summary>
    public async Task ReplaceAsync(IEntryCodec newCodec, Action<IEntryCodec> replace, CancellationToken cancellationToken)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, _store);
            await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            newCodec.Dispose();
            throw;
        }

        try
        {
            _lock.EnterWriteLock();
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, _store);
                var oldCodec = _codec;
                replace(oldCodec);
                _codec = newCodec;
                oldCodec.Dispose();
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        catch
        {
            if (!ReferenceEquals(_codec, newCodec))
            {
                newCodec.Dispose();
            }

            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Wipes the codec; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _lock.EnterWriteLock();
        try
        {
            _disposed = true;
            _codec.Dispose();
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        _lock.Dispose();
        _writeGate.Dispose();
    }
}
