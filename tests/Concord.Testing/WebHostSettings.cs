using Microsoft.AspNetCore.Hosting;

namespace Concord.Testing;

public static class WebHostSettings
{
    /// <summary>Sets every one of <paramref name="settings"/> on the host.</summary>
    public static IWebHostBuilder UseSettings(this IWebHostBuilder builder, IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        return builder;
    }
}
