using System.Globalization;
using System.Text;
using Caf.Accompagnement.Utility;
using Caf.Accompagnement.Aides;

namespace Caf.Accompagnement.Activite;

/// <summary>Les aides individuelles dans le bilan, dans la structure du bilan de la Caf des Landes.</summary>
public sealed partial class BilanAnnuel
{
    /// <summary>Regroupements de types affichés sur une ligne, comme dans le bilan publié (« 133 séjours de vacances,
    /// dont 77 AVF et 56 AVS »).</summary>
    private static readonly (string Libelle, string[] Codes)[] Regroupements =
    [
        ("séjours de vacances", [AidesDeReference.VacancesFamiliales.Code, AidesDeReference.VacancesSociales.Code]),
    ];

    private void EcrireAides(StringBuilder sb, string libelle, string? libellePrecedent)
    {
        var aides = Aides;
        var precedentes = AidesPrecedentes;
        var total = aides.TotalVersees;
        sb.Append(CultureInfo.InvariantCulture, $"Aides individuelles d'action sociale en {libelle} : {total.Nombre} aides versées pour {FormaterMontant(total.Montant)}");
        if (precedentes is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $" ({precedentes.TotalVersees.Nombre} aides en {libellePrecedent})");
        }

        sb.AppendLine();
        foreach (var categorie in CategorieAide.Toutes)
        {
            var ligne = aides.DeLaCategorie(categorie);
            if (ligne.Nombre == 0)
            {
                continue;
            }

            if (categorie.EstVersee)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  • {categorie.Libelle} : {ligne.Nombre} aides");
                if (precedentes is not null)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" (contre {precedentes.DeLaCategorie(categorie).Nombre} en {libellePrecedent})");
                }

                sb.Append(CultureInfo.InvariantCulture, $" pour un montant de {FormaterMontant(ligne.Montant)}");
                if (ligne.MontantEnPrets != Montant.Zero)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" (dont {FormaterMontant(ligne.MontantEnPrets)} en prêts)");
                }
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"  • {categorie.Libelle} : {ligne.Nombre} services rendus");
            }

            sb.AppendLine(categorie.EstVersee ? ", réparties en :" : ", répartis en :");
            foreach (var detail in Details(aides, categorie))
            {
                sb.Append("      – ").AppendLine(detail);
            }
        }
    }

    /// <summary>Les lignes par type d'une catégorie, dans l'ordre du catalogue de référence, avec les regroupements.</summary>
    private IEnumerable<string> Details(BilanDesAides aides, CategorieAide categorie)
    {
        var lignes = aides.ParType
            .Where(l => l.Nombre > 0 && CategorieDe(l.Code) == categorie)
            .OrderBy(l => Rang(l.Code))
            .ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();
        var faits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in lignes)
        {
            if (faits.Contains(l.Code))
            {
                continue;
            }

            var groupe = Regroupements.FirstOrDefault(g => g.Codes.Contains(l.Code));
            if (groupe.Codes is not null)
            {
                var membres = lignes.Where(x => groupe.Codes.Contains(x.Code)).ToList();
                faits.UnionWith(membres.Select(m => m.Code));
                var dont = string.Join(" et ", membres.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Nombre} {m.Libelle}")));
                yield return string.Create(CultureInfo.InvariantCulture, $"{membres.Sum(m => m.Nombre)} {groupe.Libelle} (dont {dont})");
            }
            else
            {
                faits.Add(l.Code);
                var montant = l.Montant == Montant.Zero ? string.Empty : $" ({FormaterMontant(l.Montant)})";
                yield return string.Create(CultureInfo.InvariantCulture, $"{l.Nombre} {l.Libelle}{montant}");
            }
        }
    }

    private CategorieAide? CategorieDe(string code) => _typesDAide.GetValueOrDefault(code)?.Categorie;

    private static int Rang(string code)
    {
        for (var i = 0; i < AidesDeReference.Tous.Count; i++)
        {
            if (AidesDeReference.Tous[i].Code == code)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Le tableau Markdown des aides par secteur : nombre et montant par catégorie, dont prêts.</summary>
    private void EcrireAidesParSecteur(StringBuilder sb)
    {
        var categories = CategorieAide.Toutes.Where(c => Aides.DeLaCategorie(c).Nombre > 0).ToList();
        if (categories.Count == 0)
        {
            return;
        }

        sb.AppendLine().AppendLine("## Aides par secteur").AppendLine();
        sb.Append("| Secteur |");
        foreach (var c in categories)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {EcritureMarkdown.Cellule(c.Libelle)} | {EcritureMarkdown.Cellule(c.Libelle)} : montant |");
        }

        sb.AppendLine(" dont prêts |");
        sb.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|---:|", categories.Count))).AppendLine("---:|");
        foreach (var (nom, aides) in Secteurs.Select(s => (EcritureMarkdown.Cellule(s.Secteur), s.Aides)).Append(("**Département**", Aides)))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {nom} |");
            foreach (var c in categories)
            {
                var l = aides.DeLaCategorie(c);
                sb.Append(CultureInfo.InvariantCulture, $" {l.Nombre} | {FormaterMontant(l.Montant)} |");
            }

            sb.Append(CultureInfo.InvariantCulture, $" {FormaterMontant(aides.DeLaForme(FormeAide.Pret).Montant)} |").AppendLine();
        }
    }

    private static string ResumeAidesDeSecteur(ChiffresDActivite c) =>
        string.Create(CultureInfo.InvariantCulture, $", {c.AidesIndividuellesVersees.Nombre} aides versées pour {FormaterMontant(c.AidesIndividuellesVersees.Montant)}");

    private static long NombreAidesVersees(ChiffresDActivite c) => c.AidesIndividuellesVersees.Nombre;

    private static Montant MontantAidesVersees(ChiffresDActivite c) => c.AidesIndividuellesVersees.Montant;

    private IEnumerable<(string Indicateur, string Courant, string Precedent)> IndicateursAides()
    {
        static string N(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        string M(Montant? m) => m is { } v ? FormaterMontant(v) : string.Empty;
        var p = AidesPrecedentes;
        yield return ("Aides individuelles versées", N(Aides.TotalVersees.Nombre), N(p?.TotalVersees.Nombre));
        yield return ("· montant versé", M(Aides.TotalVersees.Montant), M(p?.TotalVersees.Montant));
        foreach (var categorie in CategorieAide.Toutes)
        {
            var c = Aides.DeLaCategorie(categorie);
            var cp = p?.DeLaCategorie(categorie);
            yield return ($"{categorie.Libelle}", N(c.Nombre), N(cp?.Nombre));
            if (categorie.EstVersee)
            {
                yield return ($"· {categorie.Libelle} : montant", M(c.Montant), M(cp?.Montant));
                yield return ($"· {categorie.Libelle} : dont prêts", M(c.MontantEnPrets), M(cp?.MontantEnPrets));
            }

            foreach (var l in Aides.ParType.Where(l => CategorieDe(l.Code) == categorie).OrderBy(l => Rang(l.Code)).ThenBy(l => l.Code, StringComparer.Ordinal))
            {
                yield return ($"· · {l.Libelle}", N(l.Nombre), N(p?.ParType.FirstOrDefault(x => x.Code == l.Code)?.Nombre ?? (p is null ? null : 0)));
            }
        }
    }
}
