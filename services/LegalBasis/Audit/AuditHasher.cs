using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Concord.LegalBasis.Audit;

/// <summary>
/// The chain's hash: SHA-256 over the previous entry's hash and every field of the entry, each length-prefixed so no
/// two different entries encode alike. Not thread-safe: one per appender or verifier.
/// </summary>
internal sealed class AuditHasher : IDisposable
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[1024];

    public byte[] Hash(AuditEntry entry)
    {
        var length = 0;
        Write(ref length, entry.PreviousHash);
        WriteInt64(ref length, entry.Sequence);
        WriteInt64(ref length, entry.RecordedAt.UtcTicks);
        Write(ref length, entry.Kind.ToString());
        Write(ref length, entry.Actor);
        Write(ref length, entry.Action);
        Write(ref length, entry.Subject);
        Write(ref length, entry.Outcome.ToString());
        Write(ref length, entry.AgreementId?.ToString("N"));
        Write(ref length, entry.AgreementVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Write(ref length, entry.Reasons);
        Write(ref length, entry.Details);
        _sha256.AppendData(_buffer, 0, length);
        return _sha256.GetHashAndReset();
    }

    public void Dispose() => _sha256.Dispose();

    private void WriteInt64(ref int length, long value)
    {
        Ensure(length + sizeof(long));
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(length), value);
        length += sizeof(long);
    }

    private void Write(ref int length, byte[] value)
    {
        WriteLength(ref length, value.Length);
        Ensure(length + value.Length);
        value.CopyTo(_buffer, length);
        length += value.Length;
    }

    private void Write(ref int length, string? value)
    {
        if (value is null)
        {
            WriteLength(ref length, -1);
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        WriteLength(ref length, bytes);
        Ensure(length + bytes);
        length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(length));
    }

    private void WriteLength(ref int length, int value)
    {
        Ensure(length + sizeof(int));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(length), value);
        length += sizeof(int);
    }

    private void Ensure(int size)
    {
        if (size > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(size, _buffer.Length * 2));
        }
    }
}
