using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Aides;

/// <summary>Une aide versée (subvention payée, prêt décaissé) ou un service rendu, telle que le bilan la compte.</summary>
/// <remarks>Invariants : la forme est admise par le type ; le montant est positif ou nul, nul pour un service.</remarks>
public sealed class AideVersee
{
    private AideVersee(TypeDAide type, FormeAide forme, Montant montant, LocalDate date)
    {
        Type = type;
        Forme = forme;
        Montant = montant;
        Date = date;
    }

    /// <summary>Le type d'aide.</summary>
    public TypeDAide Type { get; }

    /// <summary>La forme (subvention, prêt, service).</summary>
    public FormeAide Forme { get; }

    /// <summary>Le montant versé (capital décaissé pour un prêt ; zéro pour un service).</summary>
    public Montant Montant { get; }

    /// <summary>La date du versement ou du service.</summary>
    public LocalDate Date { get; }

    /// <summary>Crée une aide versée en vérifiant ses invariants.</summary>
    /// <param name="type">Le type d'aide.</param>
    /// <param name="forme">La forme.</param>
    /// <param name="montant">Le montant.</param>
    /// <param name="date">La date.</param>
    /// <returns>L'aide, ou les erreurs <c>aides.versement.forme</c>, <c>aides.versement.montant</c>.</returns>
    public static Resultat<AideVersee> Create(TypeDAide type, FormeAide forme, Montant montant, LocalDate date)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckNotNull(forme);
        var erreurs = new List<Erreur>();
        if (!type.Admet(forme))
        {
            erreurs.Add(new Erreur("aides.versement.forme", "forme", forme.Code, $"Le type « {type.Code} » n'admet pas cette forme."));
        }

        if (montant.EstNegatif || (forme == FormeAide.Service && montant != Montant.Zero))
        {
            erreurs.Add(new Erreur("aides.versement.montant", "montant", montant.ToString(), "Le montant est positif ou nul, et nul pour un service."));
        }

        return erreurs.Count > 0 ? Resultat<AideVersee>.Echec(erreurs) : new AideVersee(type, forme, montant, date);
    }

    /// <summary>Le type, la forme et le montant.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Type.Code} {Forme.Code} {Montant} le {Dates.Formater(Date)}";
}

/// <summary>Une ligne du bilan : nombre d'aides et montants, dont les prêts.</summary>
/// <param name="Code">Le code de la ligne (code du type, de la catégorie ou de la forme).</param>
/// <param name="Libelle">Le libellé.</param>
/// <param name="Nombre">Le nombre d'aides ou de services.</param>
/// <param name="Montant">Le montant total versé.</param>
/// <param name="MontantEnPrets">La part du montant versée en prêts.</param>
public sealed record LigneDeBilan(string Code, string Libelle, int Nombre, Montant Montant, Montant MontantEnPrets)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Libelle} ({Code}) : {Nombre} aide(s), {Montant} dont {MontantEnPrets} en prêts");
}

/// <summary>
/// Le bilan des aides individuelles dans la structure du bilan de la Caf des Landes : nombres et montants par type,
/// par catégorie et par forme ; total des aides versées (hors services).
/// </summary>
/// <remarks>
/// <para>Exemple (2022) : 1 411 aides versées pour 448 428 € = 1 114 « coup de pouce » + 293 « cadre de vie »
/// (121 519 € dont 101 575 € en prêts) + 4 « précarité énergétique » ; à part, 132 constats techniques de logement
/// dont 50 contrôles de décence.</para>
/// <para>Les types d'un intégrateur ont leurs lignes comme les types fournis. Les lignes par type suivent l'ordre
/// de première apparition ; les lignes par catégorie et par forme suivent l'ordre de leur énumération.</para>
/// </remarks>
public sealed class BilanDesAides
{
    private BilanDesAides(ImmutableArray<LigneDeBilan> parType, ImmutableArray<LigneDeBilan> parCategorie, ImmutableArray<LigneDeBilan> parForme, LigneDeBilan total)
    {
        ParType = parType;
        ParCategorie = parCategorie;
        ParForme = parForme;
        TotalVersees = total;
    }

    /// <summary>Les lignes par type d'aide.</summary>
    public ImmutableArray<LigneDeBilan> ParType { get; }

    /// <summary>Les lignes par catégorie (toutes les catégories, même vides).</summary>
    public ImmutableArray<LigneDeBilan> ParCategorie { get; }

    /// <summary>Les lignes par forme (toutes les formes, même vides).</summary>
    public ImmutableArray<LigneDeBilan> ParForme { get; }

    /// <summary>Le total des aides versées (catégories versées, hors services).</summary>
    public LigneDeBilan TotalVersees { get; }

    /// <summary>Calcule le bilan.</summary>
    /// <param name="aides">Les aides versées et services rendus de la période.</param>
    /// <returns>Le bilan.</returns>
    public static BilanDesAides Calculer(IEnumerable<AideVersee> aides)
    {
        var liste = Preconditions.CheckNotNull(aides).ToList();
        var parType = liste.GroupBy(a => a.Type).Select(g => Ligne(g.Key.Code, g.Key.Libelle, g)).ToImmutableArray();
        var parCategorie = CategorieAide.Toutes.Select(c => Ligne(c.Code, c.Libelle, liste.Where(a => a.Type.Categorie == c))).ToImmutableArray();
        var parForme = FormeAide.Toutes.Select(f => Ligne(f.Code, f.Libelle, liste.Where(a => a.Forme == f))).ToImmutableArray();
        var total = Ligne("TOTAL", "Aides individuelles versées", liste.Where(a => a.Type.Categorie.EstVersee));
        return new BilanDesAides(parType, parCategorie, parForme, total);
    }

    /// <summary>La ligne d'un type d'aide (vide s'il n'a aucune aide).</summary>
    /// <param name="type">Le type.</param>
    /// <returns>La ligne.</returns>
    public LigneDeBilan DuType(TypeDAide type)
    {
        Preconditions.CheckNotNull(type);
        return ParType.FirstOrDefault(l => l.Code == type.Code) ?? new LigneDeBilan(type.Code, type.Libelle, 0, Montant.Zero, Montant.Zero);
    }

    /// <summary>La ligne d'une catégorie.</summary>
    /// <param name="categorie">La catégorie.</param>
    /// <returns>La ligne.</returns>
    public LigneDeBilan DeLaCategorie(CategorieAide categorie) => ParCategorie.First(l => l.Code == Preconditions.CheckNotNull(categorie).Code);

    /// <summary>La ligne d'une forme.</summary>
    /// <param name="forme">La forme.</param>
    /// <returns>La ligne.</returns>
    public LigneDeBilan DeLaForme(FormeAide forme) => ParForme.First(l => l.Code == Preconditions.CheckNotNull(forme).Code);

    private static LigneDeBilan Ligne(string code, string libelle, IEnumerable<AideVersee> aides)
    {
        var nombre = 0;
        var montant = Montant.Zero;
        var prets = Montant.Zero;
        foreach (var a in aides)
        {
            nombre++;
            montant += a.Montant;
            if (a.Forme == FormeAide.Pret)
            {
                prets += a.Montant;
            }
        }

        return new LigneDeBilan(code, libelle, nombre, montant, prets);
    }
}
