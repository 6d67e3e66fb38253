using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;

namespace Caf.Accompagnement.Testing;

/// <content>Générateurs du module Territoires.</content>
public static partial class GenerateursCaf
{
    private static readonly Lazy<CarteDesSecteurs> CarteLandes = new(() => Construire(
        "40",
        ReferentielCommunes.Cog2026,
        [.. ReferentielCommunes.Cog2026.DuDepartement("40").Select(c => c.Code)],
        4,
        [.. ReferentielCommunes.Cog2026.DuDepartement("40").Select((_, i) => i % 4)],
        [1, 1, 1, 1]));

    /// <summary>
    /// Une carte fixe des Landes (COG 2026) : quatre secteurs « Secteur 1 » à « Secteur 4 », un travailleur social
    /// chacun (« TS-40-1-1 »…), les communes réparties à tour de rôle. Sert aux générateurs qui ont besoin d'une carte
    /// (parcours, campagnes) quand on ne leur en donne pas.
    /// </summary>
    public static CarteDesSecteurs CarteDesLandes => CarteLandes.Value;

    /// <summary>
    /// Cartes des secteurs valides d'un département : 1 à 12 secteurs (au plus un par commune), chacun avec 0 à 2
    /// travailleurs sociaux et au moins une commune, toutes les communes du département réparties au hasard. Construites
    /// par <see cref="CarteDesSecteurs.Builder"/>, donc validées par la bibliothèque.
    /// </summary>
    /// <param name="departement">Le département (« 40 » par défaut).</param>
    /// <param name="referentiel">Le référentiel (COG 2026 par défaut).</param>
    /// <returns>Le générateur.</returns>
    /// <exception cref="ArgumentException">Le département n'a aucune commune dans le référentiel.</exception>
    public static Gen<CarteDesSecteurs> CarteDesSecteurs(string departement = "40", ReferentielCommunes? referentiel = null)
    {
        ArgumentNullException.ThrowIfNull(departement);
        var cog = referentiel ?? ReferentielCommunes.Cog2026;
        var communes = cog.DuDepartement(departement).Select(c => c.Code).ToArray();
        if (communes.Length == 0)
        {
            throw new ArgumentException($"Le département {departement} n'a aucune commune dans le référentiel.", nameof(departement));
        }

        return from secteurs in Gen.Choose(1, Math.Min(12, communes.Length))
               from ordre in Gen.Shuffle(communes)
               from affectation in Gen.Choose(0, secteurs - 1).ArrayOf(communes.Length)
               from travailleurs in Gen.Choose(0, 2).ArrayOf(secteurs)
               select Construire(departement, cog, ordre, secteurs, affectation, travailleurs);
    }

    private static CarteDesSecteurs Construire(string departement, ReferentielCommunes cog, CodeCommune[] ordre, int secteurs, int[] affectation, int[] travailleurs)
    {
        var builder = Territoires.CarteDesSecteurs.Builder(departement, cog);
        for (var s = 0; s < secteurs; s++)
        {
            var numero = s + 1;
            builder.AjouterSecteur(
                NomDeSecteur(s),
                Enumerable.Range(1, travailleurs[s]).Select(t => TravailleurSocial.FromIdentifiant(FormattableString.Invariant($"TS-{departement}-{numero}-{t}"))));
        }

        for (var i = 0; i < ordre.Length; i++)
        {
            // Les premières communes amorcent chaque secteur : aucun secteur n'est vide.
            builder.Affecter(NomDeSecteur(i < secteurs ? i : affectation[i]), ordre[i]);
        }

        return builder.Build().GetValueOrThrow();
    }

    private static string NomDeSecteur(int index) => FormattableString.Invariant($"Secteur {index + 1}");
}
