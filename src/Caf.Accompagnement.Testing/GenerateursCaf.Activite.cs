using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Foyers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <content>Générateurs du module Activité.</content>
public static partial class GenerateursCaf
{
    private static readonly string[] SecteursParDefaut = ["Secteur 1", "Secteur 2", "Secteur 3", "Secteur 4"];

    /// <summary>
    /// Entrées du journal d'activité datées dans une période, construites par leurs fabriques (<c>Create</c>,
    /// <see cref="SignatureDeContrat.Depuis(Transition, string)"/>) : interventions, nouvelles demandes, rendez-vous,
    /// séances collectives, versements et attributions d'aides du catalogue de référence, signatures de contrats
    /// (tardives ou non, sous les deux régimes selon la date).
    /// </summary>
    /// <param name="periode">La période.</param>
    /// <param name="secteurs">Les secteurs (« Secteur 1 » à « Secteur 4 » par défaut).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<EntreeJournal> EntreeJournal(DateInterval periode, IReadOnlyList<string>? secteurs = null)
    {
        ArgumentNullException.ThrowIfNull(periode);
        var noms = secteurs is { Count: > 0 } ? secteurs.ToArray() : SecteursParDefaut;
        var date = DateEntre(periode.Start, periode.End);
        var secteur = Gen.Elements(noms);
        var types = AidesDeReference.Tous.ToArray();
        return Gen.OneOf(
            from d in date
            from m in Gen.Elements(Motif.Toutes.ToArray())
            from s in secteur
            from t in Gen.Choose(1, 9)
            select (EntreeJournal)Intervention.Create(d, m.Code, s, FormattableString.Invariant($"TS{t}")).GetValueOrThrow(),
            from d in date
            from m in Gen.Elements(Motif.Toutes.ToArray())
            from s in secteur
            select (EntreeJournal)NouvelleDemande.Create(d, m.Code, s).GetValueOrThrow(),
            from d in date
            from st in Gen.Elements(StatutDeRendezVous.Toutes.ToArray())
            from o in Gen.Elements(OrigineDeRendezVous.Toutes.ToArray())
            from e in Gen.Elements<TypeEvenement?>(null, TypeEvenement.Separation, TypeEvenement.DecesEnfant, TypeEvenement.ImpayeDeLoyer)
            from s in secteur
            select (EntreeJournal)RendezVous.Create(d, st.Code, o.Code, s, "TS1", e?.Code).GetValueOrThrow(),
            from d in date
            from th in Gen.Elements(ThemeDeSeance.Toutes.ToArray())
            from mo in Gen.Elements(ModaliteDeSeance.Toutes.ToArray())
            from s in secteur
            from n in Gen.Choose(0, 40)
            select (EntreeJournal)SeanceCollective.Create(d, th.Code, mo.Code, s, n).GetValueOrThrow(),
            from d in date
            from t in Gen.Elements(types)
            from f in Gen.Elements(t.FormesAdmises.ToArray())
            from c in Gen.Choose(1, 200_000)
            from s in secteur
            select (EntreeJournal)VersementDAide.Create(CatalogueDesAides.Reference, d, t.Code, f.Code, f.EstMonetaire ? Accompagnement.Montant.FromCentimes(c) : Accompagnement.Montant.Zero, s).GetValueOrThrow(),
            from d in date
            from t in Gen.Elements(types)
            from f in Gen.Elements(t.FormesAdmises.ToArray())
            from c in Gen.Choose(1, 200_000)
            from s in secteur
            select (EntreeJournal)AttributionDAide.Create(d, t, f, f.EstMonetaire ? Accompagnement.Montant.FromCentimes(c) : Accompagnement.Montant.Zero, s).GetValueOrThrow(),
            from d in date
            from delai in Gen.Choose(0, 120)
            from beneficiaire in IdentifiantBeneficiaire
            from s in secteur
            select (EntreeJournal)SignatureDeContrat.Depuis(Signature(beneficiaire, d.PlusDays(-delai), d), s).GetValueOrThrow());
    }

    /// <summary>Journaux d'activité d'une période, de 0 à 3 × taille entrées générées par <see cref="EntreeJournal"/>.</summary>
    /// <param name="periode">La période.</param>
    /// <param name="secteurs">Les secteurs (« Secteur 1 » à « Secteur 4 » par défaut).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<Journal> Journal(DateInterval periode, IReadOnlyList<string>? secteurs = null) =>
        Gen.Sized(taille => Gen.Choose(0, Math.Max(1, taille * 3)))
            .SelectMany(n => EntreeJournal(periode, secteurs).ArrayOf(n))
            .Select(entrees => Activite.Journal.Create(periode, entrees).GetValueOrThrow());

    /// <summary>Bilans annuels établis par <see cref="BilanAnnuel.Etablir(Activite.Journal, int, Activite.Journal?)"/> sur des journaux générés de l'année.</summary>
    /// <param name="annee">L'année.</param>
    /// <returns>Le générateur.</returns>
    public static Gen<BilanAnnuel> BilanAnnuel(int annee)
    {
        var periode = new DateInterval(new LocalDate(annee, 1, 1), new LocalDate(annee, 12, 31));
        return Journal(periode).Select(j => Activite.BilanAnnuel.Etablir(j, annee).GetValueOrThrow());
    }

    private static Transition Signature(IdentifiantBeneficiaire beneficiaire, LocalDate orientation, LocalDate signature)
    {
        // Projet et signature sous le même régime : un projet de CER ne se signe plus après le 1er janvier 2025.
        if (RegimeContrat.Au(orientation) != RegimeContrat.Au(signature))
        {
            orientation = RegimeContrat.EntreeEnVigueurContratEngagement;
        }

        var commune = CarteDesLandes.Secteurs[0].Communes[0].Code;
        var parcours = Contrats.Parcours.Ouvrir(beneficiaire, commune)
            .Orienter(TypeOrientation.Sociale, orientation).GetValueOrThrow().Parcours
            .DesignerReferent(ReferentPour(CarteDesLandes, commune, true, 0, TypeOrientation.Sociale), orientation, CarteDesLandes).GetValueOrThrow().Parcours
            .EtablirContrat(orientation, Actions(orientation, 0), PlanPour(RegimeContrat.Au(orientation))).GetValueOrThrow().Parcours;
        return parcours.Signer(1, signature).GetValueOrThrow();
    }
}
