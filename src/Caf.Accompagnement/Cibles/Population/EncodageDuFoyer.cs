using System.Globalization;
using Caf.Accompagnement.Foyers;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Le codage d'un <see cref="Foyer"/> dans les colonnes d'une population, partagé par la construction depuis des
/// objets (<see cref="Population.Create"/>), le chargement en colonnes d'un CSV et les cibles en colonnes : indicateurs,
/// somme des prestations, enfants et événements codés, refus de capacité.
/// </summary>
internal static class EncodageDuFoyer
{
    /// <summary>
    /// Les indicateurs du foyer (couple, téléphone, prestations, RSA majoré, canaux, droits et devoirs de l'allocataire)
    /// et la somme de ses prestations mensuelles, saturée à <see cref="long.MaxValue"/> (jamais un débordement muet).
    /// </summary>
    internal static uint Indicateurs(Foyer foyer, out long prestations)
    {
        var indicateurs = foyer.Conjoint is null ? 0u : (uint)IndicateursFoyer.EnCouple;
        indicateurs |= foyer.TelephoneConnu ? (uint)IndicateursFoyer.TelephoneConnu : 0u;
        prestations = 0;
        foreach (var p in foyer.Prestations)
        {
            indicateurs |= (1u << Population.RangPrestation(p.Prestation)) | (p.Majoree ? (uint)IndicateursFoyer.RsaMajore : 0u);
            prestations = p.MontantMensuel.Centimes > long.MaxValue - prestations ? long.MaxValue : prestations + p.MontantMensuel.Centimes;
        }

        foreach (var c in foyer.Canaux)
        {
            indicateurs |= 1u << (15 + c.Bit);
        }

        if (foyer.Allocataire.DroitsEtDevoirs is { } dd)
        {
            indicateurs |= (uint)IndicateursFoyer.DroitsEtDevoirsConnus | (dd.Soumis ? (uint)IndicateursFoyer.SoumisAuxDroitsEtDevoirs : 0u);
        }

        return indicateurs;
    }

    /// <summary>Un enfant codé : son jour de naissance, décalé d'un bit, et le handicap dans le bit de poids faible.</summary>
    internal static int Enfant(Personne enfant) => (Jours.De(enfant.DateNaissance) << 1) | (enfant.Handicap ? 1 : 0);

    /// <summary>
    /// Les événements du foyer codés (jour et rang du type), passés dans l'ordre à <paramref name="ajouter"/> ;
    /// l'indicateur <see cref="IndicateursFoyer.EvenementsMultiples"/> si un type revient.
    /// </summary>
    internal static uint Evenements(Foyer foyer, Action<int> ajouter)
    {
        var types = 0u;
        var indicateurs = 0u;
        foreach (var e in foyer.Evenements)
        {
            var bit = 1u << e.Type.Rang;
            indicateurs |= (types & bit) != 0 ? (uint)IndicateursFoyer.EvenementsMultiples : 0u;
            types |= bit;
            ajouter(EvenementsEnTable.Encoder(Jours.De(e.Date), e.Type.Rang));
        }

        return indicateurs;
    }

    /// <summary>Le refus d'un montant mensuel au-delà de la capacité d'une population, ou <see langword="null"/>.</summary>
    internal static Erreur? Capacite(long ressources, long prestations) =>
        ressources > int.MaxValue || prestations > int.MaxValue
            ? new Erreur("population.montant.capacite", ressources > int.MaxValue ? "ressources_mensuelles" : "prestations", (ressources > int.MaxValue ? ressources : prestations).ToString(CultureInfo.InvariantCulture), "Montant mensuel au-delà de la capacité d'une population (21 474 836,47 €).")
            : null;
}
