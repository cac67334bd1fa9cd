using System.Security.Cryptography;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// Random nonces from the operating system's cryptographic generator, drawn a block at a time per
/// thread: one call to the generator serves many writes, so a fresh random nonce per write stays cheap.
/// Every byte handed out is used once and then wiped from the buffer.
/// </summary>
internal static class NonceSource
{
    private const int BlockSize = 1024;

    [ThreadStatic]
    private static byte[]? _block;

    [ThreadStatic]
    private static int _used;

    public static void Fill(Span<byte> nonce)
    {
        var block = _block ??= new byte[BlockSize];
        if (_block.Length - _used < nonce.Length || _used == 0)
        {
            RandomNumberGenerator.Fill(block);
            _used = 0;
        }

        var slice = block.AsSpan(_used, nonce.Length);
        slice.CopyTo(nonce);
        slice.Clear();
        _used += nonce.Length;
        if (_used == block.Length)
        {
            _used = 0;
        }
    }
}
