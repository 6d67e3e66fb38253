using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Contrats.Regles;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Utility;
using Caf.Accompagnement.Tests.Contrats;
using Caf.Accompagnement.Tests.Droits;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Arithmétique des dates aux bornes du calendrier (-9998-01-01, 9999-12-31) : chaque commande qui reçoit une date et
/// une durée rend une erreur (code stable, champ, date ISO) au lieu de lever une exception.
/// </summary>
public sealed partial class FuzzModulesTest
{
    /// <summary>Une date à moins de 800 jours d'une borne du calendrier (ou, une fois sur quatre, une date ordinaire).</summary>
    private static readonly Gen<LocalDate> PresDesBornes =
        Gen.Frequency(
            (3, Gen.Choose(0, 800).Select(j => LocalDate.MaxIsoValue.PlusDays(-j))),
            (2, Gen.Choose(0, 800).Select(j => LocalDate.MinIsoValue.PlusDays(j))),
            (1, Gen.Choose(0, 800).Select(j => new LocalDate(1, 1, 1).PlusDays(j - 400))),
            (1, Gen.Choose(0, 3650).Select(j => new LocalDate(2020, 1, 1).PlusDays(j))));

    private static bool ErreurDeCalendrier(Erreur e) =>
        e.Code.EndsWith(".calendrier", StringComparison.Ordinal)
        && e.Valeur is { } v && (Dates.Create(v).Reussi || int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _));

    [Property(MaxTest = 300)]
    public Property Calendrier_ouvre_aux_bornes() =>
        Prop.ForAll(PresDesBornes.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (date, jours) =>
        {
            var calendrier = CalendrierOuvre.AlsaceMoselle.AvecFermetures([LocalDate.MaxIsoValue.PlusDays(-3)]);
            var ajout = calendrier.TryAjouterJoursOuvres(date, jours, out var obtenu);
            var aPartir = calendrier.TryJourOuvreAPartirDe(date, out var premier);
            var avant = calendrier.TryDernierJourOuvreAuPlusTard(date, out var dernier);
            var suivant = calendrier.TryJourOuvreSuivant(date, out var apres);
            return (!ajout || (obtenu >= date && (jours == 0 || calendrier.EstOuvre(obtenu))))
                && (!aPartir || (premier >= date && calendrier.EstOuvre(premier)))
                && (!avant || (dernier <= date && calendrier.EstOuvre(dernier)))
                && (!suivant || (apres > date && calendrier.EstOuvre(apres)))
                && (aPartir || date > LocalDate.MaxIsoValue.PlusDays(-10))
                && (avant || date < LocalDate.MinIsoValue.PlusDays(10));
        });

    [Property(MaxTest = 100)]
    public Property Campagne_aux_bornes() =>
        Prop.ForAll(PresDesBornes.ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (reference, delai) =>
        {
            var politique = Tests.Droits.FoyersDeTest.Politique(p => { p.DelaiDeContactJours = 1 + (delai % 60); p.JoursApresCloture = delai; p.JoursAvantEcheance = delai % 90; });
            var naissance = reference.PlusJoursOuNull(-20 * 366) ?? LocalDate.MinIsoValue;
            var foyers = Enumerable.Range(1, 8).Select(i => Foyer.Builder(Tests.Droits.FoyersDeTest.Numero(i), Tests.Droits.FoyersDeTest.MontDeMarsan, naissance)
                .Isole(naissance)
                .AvecRessources(Montant.FromEuros(1500m), Montant.FromEuros(18000m))
                .Telephone()
                .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, reference, MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
                .AvecPieceDemandee(NaturePiece.JustificatifDeLogement, reference, reference)
                .Valide()).ToList();
            var planificateur = Tests.Droits.FoyersDeTest.Planificateur(politique);
            var r = planificateur.Planifier(foyers, reference);
            return r.Reussi
                ? r.Valeur.Contacts.All(c => c.DatePrevue >= reference && c.Echeance >= reference)
                : r.Erreurs.All(e => e.Code == "campagne.reference.calendrier" && e.Champ == "reference" && e.Valeur == Dates.FormaterIso(reference) && ErreurDeCalendrier(e));
        });

    [Property(MaxTest = 200)]
    public Property Pret_et_demande_d_aide_aux_bornes() =>
        Prop.ForAll(PresDesBornes.ToArbitrary(), Gen.Choose(1, 130).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (date, echeances, decalage) =>
        {
            var premiere = date.PlusJoursOuNull(-decalage) ?? date;
            var d = DemandeDAide.Deposer("2022-0001", NumeroAllocataire.FromValeur(1234567), AidesDeReference.EquipementMenager, Montant.FromEuros(1000m), FormeAide.Pret, premiere).Valeur;
            d = d.Instruire(premiere).Valeur.Etat.Accorder(premiere, Montant.FromEuros(1000m), FormeAide.Pret).Valeur.Etat;
            var decaisse = d.Decaisser(premiere, echeances, date);
            if (!decaisse.TryGetValue(out var e))
            {
                return decaisse.Erreurs.All(x => x.Code.StartsWith("aides.", StringComparison.Ordinal));
            }

            var reechelonne = e.Etat.Reechelonner(date, echeances, date);
            return reechelonne.Reussi || reechelonne.Erreurs.All(x => x.Code.StartsWith("aides.", StringComparison.Ordinal));
        });

    [Property(MaxTest = 200)]
    public Property Enveloppe_et_bilan_aux_bornes() =>
        Prop.ForAll(Gen.OneOf(Gen.Choose(-10_100, -9_990), Gen.Choose(9_990, 10_100), Gen.Choose(-5, 5), Gen.Choose(2000, 2030)).ToArbitrary(), annee =>
        {
            var dansLeCalendrier = annee is >= -9998 and <= 9999;
            var enveloppe = EnveloppeBudgetaire.Create("401", annee, Montant.FromEuros(1000m));
            var bilan = BilanAnnuel.Etablir(Journal.Vide(new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)), annee);
            return enveloppe.Reussi == dansLeCalendrier
                && bilan.Reussi == dansLeCalendrier
                && (dansLeCalendrier || (enveloppe.Erreurs.Single().Code == "aides.enveloppe.annee" && bilan.Erreurs.Single().Code == "activite.periode.calendrier" && ErreurDeCalendrier(bilan.Erreurs[0])));
        });

    [Property(MaxTest = 200)]
    public Property Contrats_aux_bornes() =>
        Prop.ForAll(PresDesBornes.ToArbitrary(), Gen.Choose(0, 3660).ToArbitrary(), Gen.Choose(1, 36).ToArbitrary(), (date, jours, mois) =>
        {
            var orientation = new Orientation(TypeOrientation.Sociale, date, null, false);
            var limite = orientation.DateLimiteDeSignature(Period.FromMonths(mois));
            var attendue = date.Year * 12L + date.Month - 1 + mois > 9999L * 12 + 11 ? LocalDate.MaxIsoValue : date.PlusMonths(mois);
            var registre = new RegistreDesContrats([], CarteDeTest.Instance);
            registre.ARenouveler(date, jours);
            registre.SignaturesEnRetard(date);
            var regle = RegleCalendrierDuContrat.Verifier(date, mois);
            var fin = Contrat.FinPourOuNull(date, mois);
            LocalDate? attendueFin = date.Year * 12L + date.Month - 1 + mois <= 9999L * 12 + 11 ? date.PlusMonths(mois).PlusDays(-1)
                : date.Day == 1 && date.Year * 12L + date.Month - 1 + mois == 10000L * 12 ? LocalDate.MaxIsoValue : null;
            return limite == attendue
                && (fin is null) == (regle is not null)
                && (regle is null || (regle.Code == "contrats.contrat.calendrier" && regle.Valeur == Dates.FormaterIso(date) && ErreurDeCalendrier(regle)))
                && fin == attendueFin
                && (fin is null || fin == Contrat.FinPour(date, mois));
        });

    /// <summary>
    /// Un parcours mené jusqu'aux derniers jours du calendrier : établir, signer et renouveler un contrat rendent
    /// <c>contrats.contrat.calendrier</c> exactement quand la fin du contrat (ou du successeur) tomberait après le
    /// 31/12/9999, et ne lèvent jamais d'exception.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Parcours_aux_bornes() =>
        Prop.ForAll(Gen.Choose(0, 800).Select(j => LocalDate.MaxIsoValue.PlusDays(-j)).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (date, duree, dureeSuivante) =>
        {
            var parametres = ParametresDepartementaux.ParDefaut;
            var oriente = Fixtures.Oriente(date, parametres);
            var hors = Contrat.FinPourOuNull(date, duree) is null;
            var etabli = oriente.EtablirContrat(date, Fixtures.Actions(date), Fixtures.PlanSelon(date), duree);
            if (hors)
            {
                return (etabli.Erreurs.Select(e => e.Code).SequenceEqual(["contrats.contrat.calendrier"]) && ErreurDeCalendrier(etabli.Erreurs[0])).Label("établissement hors calendrier");
            }

            var signe = etabli.Valeur.Parcours.Signer(1, date);
            if (!signe.Reussi)
            {
                return false.Label("signature refusée : " + string.Join(", ", signe.Erreurs.Select(e => e.Code)));
            }

            var fin = signe.Valeur.Parcours.Contrats[0].Fin!.Value;
            var successeurHors = fin == LocalDate.MaxIsoValue || Contrat.FinPourOuNull(fin.PlusDays(1), dureeSuivante) is null;
            var renouvele = signe.Valeur.Parcours.Renouveler(1, date, Fixtures.Actions(date), Fixtures.PlanSelon(date), dureeSuivante);
            var codes = renouvele.Reussi ? [] : renouvele.Erreurs.Select(e => e.Code).ToArray();
            return (successeurHors == codes.Contains("contrats.contrat.calendrier")).Label("calendrier du successeur : " + string.Join(", ", codes))
                .And(!successeurHors || codes.Length == 1);
        });

    /// <summary>Près du 31/12/9999, établir un contrat trop long et renouveler un contrat rendent l'erreur de calendrier.</summary>
    [Fact]
    public void Signer_ou_renouveler_pres_du_31_decembre_9999_rend_une_erreur_de_calendrier()
    {
        var date = new LocalDate(9999, 7, 2);
        var parcours = Fixtures.Oriente(date);
        var etabli = parcours.EtablirContrat(date, Fixtures.Actions(date), Fixtures.PlanSelon(date), 6);
        Assert.Equal("contrats.contrat.calendrier", etabli.Code());
        var court = parcours.EtablirContrat(date, Fixtures.Actions(date), Fixtures.PlanSelon(date), 3).Apres().Signer(1, date).Apres();
        Assert.Equal(new LocalDate(9999, 10, 1), court.Contrats[0].Fin);
        var renouvele = court.Renouveler(1, new LocalDate(9999, 9, 15), Fixtures.Actions(date), Fixtures.PlanSelon(date), 6);
        var e = Assert.Single(renouvele.Erreurs);
        Assert.Equal(("contrats.contrat.calendrier", "date"), (e.Code, e.Champ));
    }

    [Fact]
    public void Au_31_decembre_9999_une_campagne_rend_une_erreur_et_le_calendrier_un_refus_documente()
    {
        var fin = LocalDate.MaxIsoValue;
        Assert.False(CalendrierOuvre.Metropole.TryJourOuvreSuivant(fin, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendrierOuvre.Metropole.JourOuvreSuivant(fin));
        Assert.True(CalendrierOuvre.Metropole.TryAjouterJoursOuvres(fin, 0, out var meme));
        Assert.Equal(fin, meme);

        var foyer = Foyer.Builder(Tests.Droits.FoyersDeTest.Numero(1), Tests.Droits.FoyersDeTest.MontDeMarsan, new LocalDate(1985, 1, 1))
            .Isole(new LocalDate(2010, 1, 1))
            .AvecRessources(Montant.FromEuros(1500m), Montant.FromEuros(18000m))
            .Telephone()
            .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, fin.PlusDays(-10), MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
            .Valide();
        var r = Tests.Droits.FoyersDeTest.Planificateur().Planifier([foyer], fin);
        var e = Assert.Single(r.Erreurs);
        Assert.Equal(("campagne.reference.calendrier", "reference", "9999-12-31"), (e.Code, e.Champ, e.Valeur));

        Assert.Equal(fin, new Orientation(TypeOrientation.Sociale, new LocalDate(9999, 11, 15), null, false).DateLimiteDeSignature(Period.FromMonths(2)));
        Assert.Equal("contrats.contrat.calendrier", RegleCalendrierDuContrat.VerifierSuccesseur(fin, 6)!.Code);
        Assert.Null(RegleCalendrierDuContrat.Verifier(new LocalDate(9999, 7, 1), 6));
        Assert.NotNull(RegleCalendrierDuContrat.Verifier(new LocalDate(9999, 7, 2), 6));
    }

    [Fact]
    public void Un_bilan_de_la_premiere_annee_du_calendrier_n_a_pas_de_comparaison()
    {
        var journal = Journal.Vide(new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue));
        var bilan = BilanAnnuel.Etablir(journal, LocalDate.MinIsoValue.Year).Valeur;
        Assert.Null(bilan.PeriodePrecedente);
        Assert.Equal("activite.periode.calendrier", Assert.Single(BilanAnnuel.Etablir(journal, 10_000).Erreurs).Code);
        Assert.Equal("aides.enveloppe.annee", Assert.Single(EnveloppeBudgetaire.Create("401", 10_000, Montant.Zero).Erreurs).Code);
    }
}
