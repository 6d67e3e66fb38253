using System.Reflection;
using System.Xml.Linq;
using Caf.Accompagnement.Cibles;

namespace Caf.Accompagnement.Tests;

/// <summary>
/// <c>default</c> de chaque structure publique de la bibliothèque : valide et documenté, ou bien ses membres lèvent une
/// <see cref="InvalidOperationException"/> documentée, ou bien les fabriques le refusent ; jamais de sortie incohérente.
/// </summary>
public sealed class StructuresParDefautTest
{
    /// <summary>Les structures dont <c>default</c> n'est pas un paramétrage : la fabrique (constructeur de la cible) le refuse.</summary>
    private static readonly Dictionary<Type, Action> RefuseesParLaFabrique = new()
    {
        [typeof(ParametresParentsSeuls)] = () => _ = new CibleParentsSeuls(default(ParametresParentsSeuls)),
        [typeof(ParametresEvenementDeVie)] = () => _ = new CibleEvenementDeVie(default(ParametresEvenementDeVie)),
        [typeof(ParametresRsaMonoparent)] = () => _ = new CibleRsaMonoparent(default(ParametresRsaMonoparent)),
        [typeof(ParametresFamillePrioritaire)] = () => _ = new CibleFamillePrioritaire(default(ParametresFamillePrioritaire)),
    };

    private static readonly Type[] Types =
        [.. typeof(Montant).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<Type> Structures() => [.. Types];

    [Fact]
    public void Toutes_les_structures_publiques_sont_enumerees()
    {
        // Une nouvelle structure publique entre dans ce test sans rien y ajouter : la liste n'est jamais vide.
        Assert.True(Types.Length >= 16);
        Assert.Contains(typeof(Caf.Accompagnement.Territoires.CodeCommune), Types);
    }

    [Theory]
    [MemberData(nameof(Structures))]
    public void Default_est_documente_et_ses_membres_rendent_une_valeur_ou_une_InvalidOperationException(Type type)
    {
        var valeur = Activator.CreateInstance(type)!;
        var leves = new List<string>();
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            try
            {
                var v = p.GetValue(valeur);
                if (p.PropertyType == typeof(string))
                {
                    Assert.NotNull(v);
                    Assert.DoesNotMatch(@"^\((?!non défini\))", (string)v);
                }
                else if (v is null && !p.PropertyType.IsValueType && Nullable.GetUnderlyingType(p.PropertyType) is null)
                {
                    // Une référence nulle n'est admise que si la fabrique refuse ce default.
                    Assert.True(RefuseesParLaFabrique.ContainsKey(type), $"{type.Name}.{p.Name} est null pour default");
                }
            }
            catch (TargetInvocationException e)
            {
                Assert.IsType<InvalidOperationException>(e.InnerException);
                leves.Add(p.Name);
            }
        }

        var texte = valeur.ToString()!;
        Assert.False(string.IsNullOrEmpty(texte));
        Assert.DoesNotMatch(@"\((?!non défini\))", texte.Replace("(s)", string.Empty, StringComparison.Ordinal));
        _ = valeur.GetHashCode();
        Assert.True(valeur.Equals(Activator.CreateInstance(type)));

        var doc = Documentation();
        var membre = $"T:{type.FullName}";
        Assert.Contains("default", doc[membre], StringComparison.Ordinal);
        foreach (var nom in leves)
        {
            // Chaque membre qui lève pour default le documente.
            Assert.Contains("InvalidOperationException", doc.GetValueOrDefault($"P:{type.FullName}.{nom}") ?? string.Empty, StringComparison.Ordinal);
        }

        if (RefuseesParLaFabrique.TryGetValue(type, out var fabrique))
        {
            Assert.ThrowsAny<ArgumentException>(fabrique);
        }
    }

    private static Dictionary<string, string> Documentation()
    {
        var chemin = Path.ChangeExtension(typeof(Montant).Assembly.Location, ".xml");
        return XDocument.Load(chemin).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.ToString(), StringComparer.Ordinal);
    }
}
