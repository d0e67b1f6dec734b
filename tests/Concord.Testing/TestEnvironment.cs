namespace Concord.Testing;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ that tests use are: 127.0.0.1 by default, as started by
/// <c>deploy/local/infra.sh up</c>; override with CONCORD_TEST_POSTGRES, CONCORD_TEST_RABBITMQ_HOST and
/// CONCORD_TEST_RABBITMQ_MANAGEMENT.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresServer { get; } =
        Environment.GetEnvironmentVariable("CONCORD_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=concord;Password=concord";

    public static string RabbitMqHost { get; } =
        Environment.GetEnvironmentVariable("CONCORD_TEST_RABBITMQ_HOST") ?? "127.0.0.1:5672";

    public static Uri RabbitMqManagement { get; } =
        new(Environment.GetEnvironmentVariable("CONCORD_TEST_RABBITMQ_MANAGEMENT") ?? "http://127.0.0.1:15672/");

    public const string RabbitMqUser = "guest";

    public const string RabbitMqPassword = "guest";
}
