using System.Reflection;
using System.Runtime.CompilerServices;

namespace Caf.Accompagnement.Tests;

/// <summary>
/// Chaque record public de la bibliothèque a un <c>ToString()</c> écrit pour un agent, en français : jamais le texte que
/// le compilateur génère (<c>Echeance { Numero = 1, Date = 2022-06-30 … }</c>, noms de types <c>System.Collections.Immutable…</c>,
/// dates en anglais), et jamais de donnée personnelle en clair.
/// </summary>
public sealed class ToStringFrancaisTest
{
    internal static IEnumerable<Type> RecordsPublics(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum && !t.IsAbstract || (t.IsAbstract && !t.IsSealed && t.IsClass))
            .Where(t => t.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly) is not null);

    internal static bool ToStringEcrit(Type t)
    {
        // Le ToString synthétisé d'un record porte [CompilerGenerated] ; un record dérivé hérite de celui de sa base, s'il est scellé.
        for (var type = t; type is not null && type != typeof(object) && type != typeof(ValueType); type = type.BaseType)
        {
            var m = type.GetMethod(nameof(ToString), BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly, Type.EmptyTypes);
            if (m is not null)
            {
                return m.GetCustomAttribute<CompilerGeneratedAttribute>() is null;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("Caf.Accompagnement")]
    [InlineData("Caf.Accompagnement.Testing")]
    public void Aucun_record_public_ne_garde_le_ToString_du_compilateur(string nom)
    {
        var assembly = Assembly.Load(nom);
        var sansTexte = RecordsPublics(assembly).Where(t => !ToStringEcrit(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(sansTexte.Count == 0, $"{sansTexte.Count} record(s) sans ToString() écrit :\n" + string.Join("\n", sansTexte));
    }
}
