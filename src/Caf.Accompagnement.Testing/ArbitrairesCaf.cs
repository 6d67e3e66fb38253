using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <summary>
/// Les arbitraires FsCheck par défaut des types de la bibliothèque, tous fondés sur <see cref="GenerateursCaf"/>. Les
/// types datés le sont autour du 30/06/2022 (foyers, détections, campagnes) ou en 2022 (journal, bilan) ; les cartes
/// sont celles des Landes.
/// </summary>
public static class ArbitrairesCaf
{
    private static readonly LocalDate Reference = new(2022, 6, 30);
    private static readonly DateInterval Annee = new(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31));

    /// <summary>Dates bornées de 1940 à 2040.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<LocalDate> LocalDate() => Arb.From(GenerateursCaf.Date, d => RetrecisseursCaf.Date(d, Reference));

    /// <summary>Montants.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Montant> Montant() => Arb.From(GenerateursCaf.Montant, RetrecisseursCaf.Montant);

    /// <summary>Numéros allocataires.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<NumeroAllocataire> NumeroAllocataire() => Arb.From(GenerateursCaf.NumeroAllocataire, RetrecisseursCaf.NumeroAllocataire);

    /// <summary>Codes de communes existantes (référentiel embarqué, tous départements) ; <see cref="GenerateursCaf.CodeCommune"/> donne des codes seulement valides en forme.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<CodeCommune> CodeCommune() => Arb.From(GenerateursCaf.CommuneDuReferentiel, RetrecisseursCaf.Commune);

    /// <summary>Foyers valides autour du 30/06/2022 (sans droits : <see cref="GenerateursCaf.FoyerAvecDroits(NodaTime.LocalDate, IReadOnlyList{CodeCommune}?)"/> en ajoute).</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Foyer> Foyer() => Arb.From(GenerateursCaf.Foyer(Reference), RetrecisseursCaf.Foyer);

    /// <summary>Cartes des secteurs des Landes.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<CarteDesSecteurs> CarteDesSecteurs() => GenerateursCaf.CarteDesSecteurs().ToArbitrary();

    /// <summary>Identifiants de bénéficiaires.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<IdentifiantBeneficiaire> IdentifiantBeneficiaire() => GenerateursCaf.IdentifiantBeneficiaire.ToArbitrary();

    /// <summary>Actions réciproques de contrat.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Engagement> Engagement() => GenerateursCaf.Engagement.ToArbitrary();

    /// <summary>Référents uniques (Caf, sur la carte des Landes, ou autre organisme).</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Referent> Referent() => GenerateursCaf.Referent().ToArbitrary();

    /// <summary>Parcours avec leur historique.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<ParcoursAvecHistorique> ParcoursAvecHistorique() => GenerateursCaf.Parcours().ToArbitrary();

    /// <summary>Parcours à divers états.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Parcours> Parcours() => GenerateursCaf.Parcours().Select(p => p.Parcours).ToArbitrary();

    /// <summary>Contrats à tous les statuts.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Contrat> Contrat() => GenerateursCaf.Contrat().ToArbitrary();

    /// <summary>Sanctions sous les deux régimes.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Sanction> Sanction() => GenerateursCaf.Sanction.ToArbitrary();

    /// <summary>Types d'aide du catalogue de référence.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<TypeDAide> TypeDAide() => GenerateursCaf.TypeDAide().ToArbitrary();

    /// <summary>Demandes d'aide dans tous les statuts.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<DemandeDAide> DemandeDAide() => GenerateursCaf.DemandeDAide().ToArbitrary();

    /// <summary>Échéanciers.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Echeancier> Echeancier() => GenerateursCaf.Echeancier.ToArbitrary();

    /// <summary>Prêts suivis de mouvements.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Pret> Pret() => GenerateursCaf.Pret.ToArbitrary();

    /// <summary>Quotients familiaux au 30/06/2022.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<QuotientFamilial> QuotientFamilial() => GenerateursCaf.QuotientFamilial(Reference).ToArbitrary();

    /// <summary>Enveloppes budgétaires avec engagements.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<EnveloppeBudgetaire> EnveloppeBudgetaire() => GenerateursCaf.EnveloppeBudgetaire.ToArbitrary();

    /// <summary>Politiques de campagne.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<PolitiqueDeCampagne> PolitiqueDeCampagne() => GenerateursCaf.PolitiqueDeCampagne.ToArbitrary();

    /// <summary>Détections de ruptures au 30/06/2022.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<DetectionFoyer> DetectionFoyer() => GenerateursCaf.DetectionFoyer(Reference).ToArbitrary();

    /// <summary>Signaux de rupture au 30/06/2022.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Signal> Signal() => GenerateursCaf.Signal(Reference).ToArbitrary();

    /// <summary>Campagnes planifiées à partir du 30/06/2022, avec contacts et issues.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Campagne> Campagne() => GenerateursCaf.Campagne(Reference).ToArbitrary();

    /// <summary>Entrées de journal de 2022.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<EntreeJournal> EntreeJournal() => GenerateursCaf.EntreeJournal(Annee).ToArbitrary();

    /// <summary>Journaux d'activité de 2022.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<Journal> Journal() => GenerateursCaf.Journal(Annee).ToArbitrary();

    /// <summary>Bilans annuels de 2022.</summary>
    /// <returns>L'arbitraire.</returns>
    public static Arbitrary<BilanAnnuel> BilanAnnuel() => GenerateursCaf.BilanAnnuel(2022).ToArbitrary();
}
