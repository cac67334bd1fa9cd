using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// A recovery key: 256 random bits, shown to the person once as Crockford base32 in groups of four
/// (<c>ABCD-EFGH-…</c>, 52 symbols), never stored. It opens the vault when the passphrase is forgotten.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Crockford's alphabet (digits and letters without I, L, O, U) is read back
/// ignoring case, spaces and dashes, with I and L read as 1 and O as 0, so a key copied by hand still parses.
/// </remarks>
public sealed class RecoveryKey
{
    /// <summary>The size of the key, in bytes.</summary>
    public const int Size = 32;

    /// <summary>How many base32 symbols the key has (256 bits, 4 zero bits of padding).</summary>
    public const int SymbolCount = 52;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int GroupSize = 4;

    private readonly byte[] _bytes;

    private RecoveryKey(byte[] bytes) => _bytes = bytes;

    /// <summary>A new random recovery key.</summary>
    public static RecoveryKey Create() => new(RandomNumberGenerator.GetBytes(Size));

    /// <summary>Reads a recovery key as shown to the person.</summary>
    /// <param name="text">The key; case, spaces and dashes are ignored.</param>
    /// <exception cref="FormatException">The text is not a recovery key (the message says why).</exception>
    public static RecoveryKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryDecode(text, out var key, out var problem) ? key : throw new FormatException("This is not a recovery key: " + problem);
    }

    /// <summary>Reads a recovery key, without throwing.</summary>
    /// <param name="text">The key; case, spaces and dashes are ignored.</param>
    /// <param name="key">The key, when the text is one.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out RecoveryKey? key)
    {
        key = null;
        if (text is null || !TryDecode(text, out var decoded, out _))
        {
            return false;
        }

        key = decoded;
        return true;
    }

    /// <summary>The key in Crockford base32, groups of four joined by dashes.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(SymbolCount + (SymbolCount / GroupSize));
        var buffer = 0;
        var bits = 0;
        var symbols = 0;
        foreach (var value in _bytes)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                Append(text, Alphabet[(buffer >> (bits - 5)) & 31], ref symbols);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            Append(text, Alphabet[(buffer << (5 - bits)) & 31], ref symbols);
        }

        return text.ToString();
    }

    internal byte[] CopyBytes() => [.. _bytes];

    private static void Append(StringBuilder text, char symbol, ref int symbols)
    {
        if (symbols > 0 && symbols % GroupSize == 0)
        {
            text.Append('-');
        }

        text.Append(symbol);
        symbols++;
    }

    private static bool TryDecode(string text, [NotNullWhen(true)] out RecoveryKey? key, out string problem)
    {
        key = null;
        var bytes = new byte[Size];
        var buffer = 0;
        var bits = 0;
        var count = 0;
        var symbols = 0;
        foreach (var character in text)
        {
            if (character is '-' or ' ' || char.IsWhiteSpace(character))
            {
                continue;
            }

            var value = SymbolValue(character);
            if (value < 0)
            {
                problem = $"'{character}' is not a Crockford base32 symbol (digits and letters other than U; I, L and O read as 1, 1 and 0).";
                return false;
            }

            if (++symbols > SymbolCount)
            {
                problem = $"it has more than {SymbolCount} symbols.";
                return false;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes[count++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }

            buffer &= (1 << bits) - 1;
        }

        if (symbols != SymbolCount)
        {
            problem = $"it has {symbols} symbols; a recovery key has {SymbolCount} (13 groups of 4).";
            return false;
        }

        if (buffer != 0)
        {
            problem = "its last symbol is not one a recovery key ends with (a symbol was mistyped).";
            return false;
        }

        problem = "";
        key = new RecoveryKey(bytes);
        return true;
    }

    private static int SymbolValue(char character) => char.ToUpperInvariant(character) switch
    {
        'O' => 0,
        'I' or 'L' => 1,
        var upper => Alphabet.IndexOf(upper, StringComparison.Ordinal),
    };
}
