using System.Globalization;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Wire = Concord.Contracts.Grpc.Filing.V1;

namespace Concord.BankGateway.Grpc;

/// <summary>
/// Converts the scalar values of a gRPC report that are strings or open enums on the wire, and collects a
/// field error for each one that cannot be converted. Presence of required strings is left to the validator.
/// </summary>
internal sealed class ReportProtoReader
{
    // Note: the gRPC wire carries dates and amounts as strings, so ErrorCodes.InvalidDate and InvalidAmount occur
    // only for gRPC; JSON requests with such values fail earlier, with MalformedJson.
    private const string DateFormat = "yyyy-MM-dd";
    private const NumberStyles AmountStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private const int QuotedLength = 40;

    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public static string Item(string collection, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}]");

    /// <summary>proto3 cannot tell an absent string from an empty one: both mean "not given".</summary>
    public static string? Optional(string value) => value.Length == 0 ? null : value;

    public DateOnly RequiredDate(string value, string path)
    {
        if (value.Length == 0)
        {
            Add(path, ErrorCodes.Required, "A date (yyyy-MM-dd) is required.");
            return default;
        }

        return OptionalDate(value, path) ?? default;
    }

    public DateOnly? OptionalDate(string value, string path)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(path, ErrorCodes.InvalidDate, $"{Quote(value)} is not a date in the form yyyy-MM-dd.");
        return null;
    }

    public decimal Amount(string value, string path)
    {
        if (value.Length == 0)
        {
            Add(path, ErrorCodes.Required, "An amount is required.");
            return default;
        }

        // Note: no exponents, group separators or white space: the proto promises plain decimal strings.
        if (decimal.TryParse(value, AmountStyle, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        Add(path, ErrorCodes.InvalidAmount, $"{Quote(value)} is not a decimal number such as 1234.56.");
        return default;
    }

    public DateTimeOffset Instant(Timestamp? value, string path)
    {
        if (value is null)
        {
            Add(path, ErrorCodes.Required, "A timestamp is required.");
            return default;
        }

        try
        {
            return value.ToDateTimeOffset();
        }
        catch (InvalidOperationException)
        {
            Add(path, ErrorCodes.InvalidDate, "The timestamp is not normalised or is outside the years 0001 to 9999.");
            return default;
        }
    }

    public SubjectKind Kind(Wire.SubjectKind value, string path) => value switch
    {
        Wire.SubjectKind.Person => SubjectKind.Person,
        Wire.SubjectKind.LegalEntity => SubjectKind.LegalEntity,
        _ => Unconvertible<SubjectKind>(value == Wire.SubjectKind.Unspecified, path, "SUBJECT_KIND_PERSON or SUBJECT_KIND_LEGAL_ENTITY"),
    };

    public TransactionDirection Direction(Wire.TransactionDirection value, string path) => value switch
    {
        Wire.TransactionDirection.Incoming => TransactionDirection.Incoming,
        Wire.TransactionDirection.Outgoing => TransactionDirection.Outgoing,
        _ => Unconvertible<TransactionDirection>(value == Wire.TransactionDirection.Unspecified, path,
            "TRANSACTION_DIRECTION_INCOMING or TRANSACTION_DIRECTION_OUTGOING"),
    };

    private TEnum Unconvertible<TEnum>(bool unspecified, string path, string expected)
        where TEnum : struct, Enum
    {
        if (unspecified)
        {
            Add(path, ErrorCodes.Required, $"A value is required: {expected}.");
        }
        else
        {
            Add(path, ErrorCodes.InvalidValue, $"Unknown value; expected {expected}.");
        }

        return default;
    }

    private static string Quote(string value) =>
        value.Length <= QuotedLength ? $"'{value}'" : $"'{value[..QuotedLength]}…'";

    private void Add(string path, string code, string message) =>
        _errors.Add(new FieldError { Path = path, Code = code, Message = message });
}
