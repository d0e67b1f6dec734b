using System.Text;

namespace Concord.BankGateway.Production;

/// <summary>
/// Makes an uploaded file's name safe to keep and pass on: no directories (whichever separator the sender's system
/// used), no control characters or characters file systems reserve, no leading dots, and no longer than the limit.
/// </summary>
public static class DocumentNames
{
    private static readonly char[] Reserved = ['<', '>', ':', '"', '|', '?', '*'];

    /// <summary>The name to keep; empty when nothing usable is left.</summary>
    public static string Sanitise(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            safe.Append(char.IsControl(c) || Reserved.Contains(c) ? '_' : c);
        }

        var result = safe.ToString().Trim().TrimStart('.').Trim();
        if (result.Length > ProductionLimits.FileNameLength)
        {
            // Note: the extension is kept, since it names the type the recipient opens the file as.
            var extension = Path.GetExtension(result);
            extension = extension.Length > 16 ? "" : extension;
            result = result[..(ProductionLimits.FileNameLength - extension.Length)] + extension;
        }

        return result;
    }
}
