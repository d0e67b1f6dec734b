using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.BankGateway.Grpc;
using Concord.Contracts.Filing;
using Google.Protobuf;
using Xunit;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Wire = Concord.Contracts.Grpc.Filing.V1;

namespace Concord.BankGateway.Tests.Grpc;

public sealed class ReportProtoMapperTests
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void ToCanonical_WhenRichReportWentThroughTheWire_EqualsTheOriginal()
    {
        var original = Rich();
        var bytes = ReportProtoMapper.ToProto(original).ToByteArray();

        var result = ReportProtoMapper.ToCanonical(Wire.Report.Parser.ParseFrom(bytes));

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(JsonSerializer.Serialize(original, JsonOptions), JsonSerializer.Serialize(result.Report, JsonOptions));
        Assert.Equal(original.ReportingEntity, result.Report.ReportingEntity);
        Assert.Equal(original.Transactions, result.Report.Transactions);
    }

    [Fact]
    public void Rich_WhenInspected_SetsEveryPropertyOfTheModelSoTheRoundTripCoversIt()
    {
        var modelled = Leaves(typeof(SuspiciousActivityReport), string.Empty).Select(l => l.Path).Order();
        var set = Values(Rich(), string.Empty).Where(v => IsSet(v.Value)).Select(v => v.Path).Distinct().Order();
        Assert.Equal(modelled, set);
    }

    [Fact]
    public void ToProto_WhenReportIsRich_WritesIsoDatesInvariantAmountsAndUtcTimestamps()
    {
        var proto = ReportProtoMapper.ToProto(Rich());

        Assert.Equal("2026-11-02", proto.DetectedOn);
        Assert.Equal("1984-03-12", proto.Subjects[0].Person.DateOfBirth);
        Assert.Equal(string.Empty, proto.Accounts[1].OpenedOn);
        Assert.Equal("9500.00", proto.Transactions[0].Amount);
        Assert.Equal("12345678901.2345", proto.Transactions[1].Amount);
        Assert.Equal(new Timestamp { Seconds = 1_790_762_645, Nanos = 123_456_700 }, proto.Transactions[0].OccurredAt);
        Assert.Equal(Wire.SubjectKind.LegalEntity, proto.Subjects[1].Kind);
        Assert.Equal(Wire.TransactionDirection.Outgoing, proto.Transactions[1].Direction);
        Assert.Equal(string.Empty, proto.Subjects[2].Role);
        Assert.Null(proto.Subjects[0].LegalEntity);
        Assert.Null(proto.Transactions[0].Counterparty);
    }

    [Fact]
    public void ToProto_WhenOccurredAtHasAnOffset_SendsTheSameInstantInUtc()
    {
        var local = new DateTimeOffset(2026, 10, 4, 11, 15, 0, TimeSpan.FromHours(2));
        var report = Rich() with { Transactions = [Rich().Transactions[0] with { OccurredAt = local }] };

        var back = ReportProtoMapper.ToCanonical(ReportProtoMapper.ToProto(report)).Report!.Transactions[0].OccurredAt;

        Assert.Equal(local.UtcDateTime, back.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, back.Offset);
    }

    [Theory]
    [InlineData("9500.00")]
    [InlineData("0.0000001")]
    [InlineData("-12.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000001")]
    public void ToCanonical_WhenAmountHasScaleOrExtremeValue_KeepsItExactly(string amount)
    {
        var proto = ReportProtoMapper.ToProto(Rich());
        proto.Transactions[3].Amount = amount;

        var report = ReportProtoMapper.ToCanonical(proto).Report!;

        Assert.Equal(amount, ReportProtoMapper.ToProto(report).Transactions[3].Amount);
    }

    [Fact]
    public void ToProtoAndToCanonical_WhenCurrentCultureUsesDecimalComma_UseTheInvariantCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        (culture.NumberFormat.NumberDecimalSeparator, culture.NumberFormat.NumberGroupSeparator, culture.DateTimeFormat.DateSeparator) = (",", ".", ".");
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var proto = ReportProtoMapper.ToProto(Rich());
            Assert.Equal(("9500.00", "2026-11-02"), (proto.Transactions[0].Amount, proto.DetectedOn));
            Assert.Equal(9500.00m, ReportProtoMapper.ToCanonical(proto).Report!.Transactions[0].Amount);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("detectedOn", "", "Required")]
    [InlineData("detectedOn", "02/11/2026", "InvalidDate")]
    [InlineData("activityFrom", "2026-13-01", "InvalidDate")]
    [InlineData("activityTo", "2026-2-3", "InvalidDate")]
    [InlineData("subjects[0].person.dateOfBirth", "1984-02-30", "InvalidDate")]
    [InlineData("subjects[1].legalEntity.incorporatedOn", "2026-06-01T00:00:00", "InvalidDate")]
    [InlineData("accounts[1].openedOn", " 2019-05-20", "InvalidDate")]
    [InlineData("accounts[0].closedOn", "20261101", "InvalidDate")]
    [InlineData("transactions[3].amount", "", "Required")]
    [InlineData("transactions[3].amount", "ten pounds", "InvalidAmount")]
    [InlineData("transactions[3].amount", "9500,00", "InvalidAmount")]
    [InlineData("transactions[3].amount", "9,500.00", "InvalidAmount")]
    [InlineData("transactions[3].amount", " 9500", "InvalidAmount")]
    [InlineData("transactions[3].amount", "1e3", "InvalidAmount")]
    [InlineData("transactions[3].amount", "٩٥٠٠", "InvalidAmount")]
    [InlineData("transactions[3].amount", "79228162514264337593543950336", "InvalidAmount")]
    [InlineData("transactions[0].occurredAt", "", "Required")]
    [InlineData("transactions[0].occurredAt", "253402300800:0", "InvalidDate")]
    [InlineData("transactions[0].occurredAt", "1790762645:-1", "InvalidDate")]
    [InlineData("subjects[1].kind", "0", "Required")]
    [InlineData("subjects[1].kind", "7", "InvalidValue")]
    [InlineData("transactions[0].direction", "0", "Required")]
    [InlineData("transactions[0].direction", "9", "InvalidValue")]
    public void ToCanonical_WhenValueCannotBeConverted_ReportsItsPathAndCode(string path, string value, string code)
    {
        var proto = ReportProtoMapper.ToProto(Rich());
        Set(proto, path, value);

        var result = ReportProtoMapper.ToCanonical(proto);

        Assert.False(result.IsValid);
        Assert.Null(result.Report);
        var error = Assert.Single(result.Errors);
        Assert.Equal((path, code), (error.Path, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void ToCanonical_WhenSeveralValuesCannotBeConverted_ReportsEveryOneInDocumentOrder()
    {
        var proto = ReportProtoMapper.ToProto(Rich());
        proto.Transactions[3].Amount = "lots";
        proto.Accounts[1].OpenedOn = "yesterday";
        proto.Subjects[2].Kind = Wire.SubjectKind.Unspecified;
        proto.DetectedOn = "2026-11-31";

        var result = ReportProtoMapper.ToCanonical(proto);

        Assert.False(result.IsValid);
        Assert.Null(result.Report);
        Assert.Equal(
            ["detectedOn:InvalidDate", "subjects[2].kind:Required", "accounts[1].openedOn:InvalidDate", "transactions[3].amount:InvalidAmount"],
            result.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void ToCanonical_WhenOptionalStringsAndDatesEmpty_MapsEveryOneToNull()
    {
        var result = ReportProtoMapper.ToCanonical(MinimalProto());

        Assert.True(result.IsValid);
        var optional = Values(result.Report, string.Empty).Where(v => IsOptional(v.Property)).ToList();
        Assert.Equal(Leaves(typeof(SuspiciousActivityReport), string.Empty).Where(l => IsOptional(l.Property)).Select(l => l.Path).Order(),
            optional.Select(v => v.Path).Distinct().Order());
        Assert.All(optional, v => Assert.Null(v.Value));
    }

    [Fact]
    public void ToCanonical_WhenRequiredStringsEmpty_KeepsThemEmptyForTheValidator()
    {
        var proto = MinimalProto();
        (proto.Narrative, proto.Subjects[0].Person.FamilyName) = (string.Empty, string.Empty);

        var report = ReportProtoMapper.ToCanonical(proto).Report!;

        Assert.Equal((string.Empty, string.Empty), (report.Narrative, report.Subjects[0].Person!.FamilyName));
    }

    [Fact]
    public void ToCanonical_WhenSubMessagesAndRepeatedFieldsMissing_MapsThemToNullAndEmptyLists()
    {
        var proto = new Wire.Report { DetectedOn = "2026-11-02", Subjects = { new Wire.Subject { Kind = Wire.SubjectKind.Person } } };

        var report = ReportProtoMapper.ToCanonical(proto).Report!;

        Assert.Null(report.ReportingEntity);
        Assert.Equal((null, null), (report.Subjects[0].Person, report.Subjects[0].LegalEntity));
        Assert.Empty(report.Subjects[0].Identifiers);
        Assert.Empty(report.Subjects[0].Emails);
        Assert.Empty(report.Accounts);
        Assert.Empty(report.Transactions);
        Assert.Empty(report.TypologyCodes);
    }

    [Fact]
    public void ToProto_WhenGivenFieldError_CopiesPathCodeAndMessage()
    {
        var error = ReportProtoMapper.ToProto(new FieldError { Path = "transactions[3].amount", Code = "InvalidAmount", Message = "Not a number." });
        Assert.Equal(new Wire.FieldError { Path = "transactions[3].amount", Code = "InvalidAmount", Message = "Not a number." }, error);
    }

    /// <summary>Sets the value at <paramref name="path"/>; a timestamp is "seconds:nanos", an enum its number.</summary>
    private static void Set(Wire.Report proto, string path, string value)
    {
        long Number(int part) => long.Parse(value.Split(':')[part], CultureInfo.InvariantCulture);
        switch (path)
        {
            case "detectedOn": proto.DetectedOn = value; break;
            case "activityFrom": proto.ActivityFrom = value; break;
            case "activityTo": proto.ActivityTo = value; break;
            case "subjects[0].person.dateOfBirth": proto.Subjects[0].Person.DateOfBirth = value; break;
            case "subjects[1].legalEntity.incorporatedOn": proto.Subjects[1].LegalEntity.IncorporatedOn = value; break;
            case "subjects[1].kind": proto.Subjects[1].Kind = (Wire.SubjectKind)Number(0); break;
            case "accounts[0].closedOn": proto.Accounts[0].ClosedOn = value; break;
            case "accounts[1].openedOn": proto.Accounts[1].OpenedOn = value; break;
            case "transactions[0].occurredAt":
                proto.Transactions[0].OccurredAt = value.Length == 0 ? null : new Timestamp { Seconds = Number(0), Nanos = (int)Number(1) };
                break;
            case "transactions[0].direction": proto.Transactions[0].Direction = (Wire.TransactionDirection)Number(0); break;
            case "transactions[3].amount": proto.Transactions[3].Amount = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(path), path, "The test report has no such value.");
        }
    }

    /// <summary>Every message present once, with required values only: the optional strings are proto3's "".</summary>
    private static Wire.Report MinimalProto() => new()
    {
        BankReference = "B-1", ReportTypeCode = "STR", DetectedOn = "2026-11-02", Narrative = "Cash deposits just below the threshold.",
        ReportingEntity = new Wire.ReportingEntity { OrganisationId = "bank-alpha", ReportingPerson = new Wire.ReportingPerson { FullName = "Priya Natarajan" } },
        Subjects =
        {
            new Wire.Subject
            {
                LocalId = "S1", Kind = Wire.SubjectKind.Person,
                Person = new Wire.PersonDetails { FamilyName = "Whitcombe" }, LegalEntity = new Wire.LegalEntityDetails { Name = "Northgate Trading Ltd" },
                Identifiers = { new Wire.Identifier { Type = "CryptoAddress", Number = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh" } },
                Addresses = { new Wire.Address { Line1 = "14 Cable Street", City = "London", Country = "GB" } },
                Phones = { new Wire.Phone { Number = "+447700900123" } },
            },
        },
        Accounts = { new Wire.Account { LocalId = "A1", InstitutionName = "Alpha Bank plc" } },
        Transactions =
        {
            new Wire.Transaction
            {
                OccurredAt = new Timestamp { Seconds = 1_790_762_645 }, Amount = "9500", Currency = "GBP",
                Direction = Wire.TransactionDirection.Incoming, Channel = "Cash", Counterparty = new Wire.Counterparty(),
            },
        },
    };

    private static SuspiciousActivityReport Rich() => new()
    {
        BankReference = "ALPHA-2026-0042", ReportTypeCode = "STR", FiuRequestReference = "FIU-REQ-7731",
        ReportingEntity = new ReportingEntity
        {
            OrganisationId = "bank-alpha", FiuRegistrationId = "RE-10442", Branch = "London Wall",
            ReportingPerson = new ReportingPerson { FullName = "Priya Natarajan", Role = "MLRO", Email = "mlro@bank.example", Phone = "+442079460000" },
        },
        DetectedOn = new DateOnly(2026, 11, 2), ActivityFrom = new DateOnly(2026, 9, 28), ActivityTo = new DateOnly(2026, 10, 30),
        Narrative = "Repeated cash deposits just below the threshold, then a wire to a newly incorporated company.",
        ActionTaken = "Outgoing transfers held for review.", LocalCurrency = "GBP",
        Subjects =
        [
            new Subject
            {
                LocalId = "S1", Kind = SubjectKind.Person, Role = "Suspect",
                Person = new PersonDetails
                {
                    GivenNames = "Daniel James", FamilyName = "Whitcombe", DateOfBirth = new DateOnly(1984, 3, 12),
                    PlaceOfBirth = "Leeds", Nationalities = ["GB", "IE"], Occupation = "Car dealer",
                },
                Identifiers = [new() { Type = "Passport", Number = "533401289", IssuingCountry = "GB" }, new() { Type = "CryptoAddress", Number = "bc1qxy2kgdygjrsqtzq2" }],
                Addresses =
                [
                    new() { Type = "Residential", Line1 = "14 Cable Street", Line2 = "Flat 3", City = "London", PostalCode = "E1 8JG", Region = "Greater London", Country = "GB" },
                    new() { Line1 = "PO Box 12", City = "Dublin", Country = "IE" },
                ],
                Phones = [new() { Type = "Mobile", Number = "+447700900123" }, new() { Number = "+442079460123" }],
                Emails = ["d.whitcombe@example.org", "dj.w@example.net"],
            },
            new Subject
            {
                LocalId = "S2", Kind = SubjectKind.LegalEntity, Role = "Beneficiary",
                LegalEntity = new LegalEntityDetails
                {
                    Name = "Northgate Trading Ltd", LegalForm = "Ltd", RegistrationNumber = "14820391", RegistrationCountry = "GB", IncorporatedOn = new DateOnly(2026, 6, 1),
                },
                Identifiers = [new() { Type = "Lei", Number = "5493001KJTIIGC8Y1R12", IssuingCountry = "GB" }],
                Addresses = [new() { Type = "Registered", Line1 = "1 King Street", City = "Manchester", PostalCode = "M2 6AW", Country = "GB" }],
                Phones = [new() { Type = "Business", Number = "+441619460000" }],
                Emails = ["info@northgate.example"],
            },
            new Subject { LocalId = "S3", Kind = SubjectKind.Person, Person = new PersonDetails { FamilyName = "Okafor" } },
        ],
        Accounts =
        [
            new Account
            {
                LocalId = "A1", Iban = "GB82WEST12345698765432", InstitutionName = "Alpha Bank plc", InstitutionBic = "ALPHGB2L", InstitutionCountry = "GB",
                Currency = "GBP", HeldAtReportingEntity = true, HolderSubjectIds = ["S1", "S3"], OpenedOn = new DateOnly(2019, 5, 20), ClosedOn = new DateOnly(2026, 11, 1),
            },
            new Account { LocalId = "A2", AccountNumber = "00123456", InstitutionName = "Beta Bank plc", HolderSubjectIds = ["S2"] },
        ],
        Transactions =
        [
            new Transaction
            {
                Reference = "TX-1", OccurredAt = new DateTimeOffset(2026, 9, 30, 10, 4, 5, TimeSpan.Zero).AddTicks(1_234_567), Amount = 9500.00m,
                Currency = "GBP", Direction = TransactionDirection.Incoming, Channel = "Cash", AccountId = "A1", Description = "Cash deposit, Leeds branch",
            },
            new Transaction
            {
                Reference = "TX-2", OccurredAt = new DateTimeOffset(2026, 10, 2, 14, 2, 0, TimeSpan.Zero), Amount = 12_345_678_901.2345m,
                Currency = "EUR", Direction = TransactionDirection.Outgoing, Channel = "Wire", AccountId = "A1",
                Counterparty = new Counterparty
                {
                    SubjectId = "S2", Name = "Northgate Trading Ltd", Iban = "GB33BUKB20201555555555", AccountNumber = "20201555555555",
                    InstitutionName = "Beta Bank plc", Country = "GB",
                },
            },
            new Transaction
            {
                OccurredAt = new DateTimeOffset(2026, 10, 3, 0, 0, 0, TimeSpan.Zero), Amount = 0.01m, Currency = "GBP",
                Direction = TransactionDirection.Incoming, Channel = "Online", Counterparty = new Counterparty { Name = "Unknown sender" },
            },
            new Transaction
            {
                Reference = "TX-4", OccurredAt = new DateTimeOffset(2026, 10, 5, 23, 59, 59, TimeSpan.Zero), Amount = 28_900.5m, Currency = "GBP",
                Direction = TransactionDirection.Outgoing, Channel = "Wire", AccountId = "A2", Counterparty = new Counterparty { SubjectId = "S2" },
            },
        ],
        IndicatorCodes = ["ML-STRUCT", "DRUG-PROCEEDS"], TypologyCodes = ["T-2026-014"],
    };

    private static bool IsModel(Type type) => type.IsClass && type.Namespace == typeof(SuspiciousActivityReport).Namespace;

    private static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static bool IsOptional(PropertyInfo property) =>
        !IsModel(property.PropertyType) && Nullability.Create(property).ReadState == NullabilityState.Nullable;

    private static bool IsSet(object? value) =>
        value switch { null => false, string text => text.Length > 0, bool flag => flag, IEnumerable<object> items => items.Any(), _ => true };

    /// <summary>The leaf properties of the model, as paths without indices, such as <c>subjects[].person.dateOfBirth</c>.</summary>
    private static IEnumerable<(string Path, PropertyInfo Property)> Leaves(Type type, string prefix) =>
        type.GetProperties().SelectMany(property =>
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var element = ListElement(property.PropertyType);
            return element is not null && IsModel(element) ? Leaves(element, path + "[].")
                : IsModel(property.PropertyType) ? Leaves(property.PropertyType, path + ".")
                : [(path, property)];
        });

    /// <summary>The leaf values of a report, with the paths of <see cref="Leaves"/>.</summary>
    private static IEnumerable<(string Path, PropertyInfo Property, object? Value)> Values(object instance, string prefix) =>
        instance.GetType().GetProperties().SelectMany(property =>
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var value = property.GetValue(instance);
            var element = ListElement(property.PropertyType);
            return element is not null && IsModel(element) ? ((IEnumerable<object>)value!).SelectMany(item => Values(item, path + "[]."))
                : IsModel(property.PropertyType) ? (value is null ? [] : Values(value, path + "."))
                : [(path, property, value)];
        });
}
