using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Caf.Accompagnement.Utility;

/// <summary>Argument checks for programmer errors (never for user data, which gets a <see cref="Resultat{T}"/>).</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string? paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(string? paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"La valeur doit être comprise entre {minInclusive} et {maxInclusive}.");
        }
    }
}
