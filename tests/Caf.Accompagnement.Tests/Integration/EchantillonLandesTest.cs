using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Samples.Landes;
using Caf.Accompagnement.Territoires;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// L'exemple des Landes raconte une année sur une carte et une population (<c>samples/…/Recit.cs</c>, compilé ici par
/// lien) : le bilan qu'il imprime est dérivé des dossiers et des saisies des modules, et chacun de ses chiffres égale le
/// nombre de ses événements sources.
/// </summary>
public sealed class EchantillonLandesTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    /// <summary>Une carte de trois secteurs sur les communes des Landes (par EPCI), un travailleur social chacun.</summary>
    private static readonly CarteDesSecteurs Carte = Construire();

    private static readonly Lazy<Recit> Landes = new(() => Raconter(Reference, 2_500, 7));

    private static CarteDesSecteurs Construire()
    {
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40");
        var epcis = communes.Select(c => c.CodeEpci ?? "-").Distinct().Order(StringComparer.Ordinal).ToList();
        var builder = CarteDesSecteurs.Builder("40");
        for (var s = 0; s < 3; s++)
        {
            builder.AjouterSecteur($"Secteur {s}", TravailleurSocial.FromIdentifiant($"TS-{s:D2}"));
        }

        foreach (var c in communes)
        {
            builder.Affecter($"Secteur {epcis.IndexOf(c.CodeEpci ?? "-") % 3}", c.Code);
        }

        return builder.Build().GetValueOrThrow();
    }

    private static Recit Raconter(LocalDate reference, int foyers, int graine, bool loire = false)
    {
        var population = GenerateurDePopulation.From(reference, (ulong)graine, "40").Population(foyers);
        return Recit.Raconter(Carte, [.. Enumerable.Range(0, population.Count).Select(population.Foyer)], reference, graine, loire);
    }

    private static IEnumerable<T> Evenements<T>(Recit recit) where T : EvenementDossier =>
        recit.Dossiers.SelectMany(d => d.Historique).OfType<T>().Where(e => recit.Periode.Contains(e.Date));

    [Fact]
    public void Le_bilan_derive_egale_les_evenements_sources_des_dossiers_et_des_modules()
    {
        var recit = Landes.Value;
        var chiffres = recit.Bilan.Chiffres;

        // Dossiers ouverts par motif = nouvelles demandes par motif.
        foreach (var motif in Motif.Toutes)
        {
            Assert.Equal(Evenements<DossierOuvert>(recit).Count(e => e.Motif == motif), chiffres.NouvellesDemandesPour(motif));
        }

        Assert.Equal(recit.Dossiers.Count, chiffres.NouvellesDemandes);

        // Rendez-vous tenus et non honorés ; ceux des parents séparés appelés ; premier rendez-vous tenu = intervention.
        var tenus = recit.Dossiers.SelectMany(d => d.Historique.OfType<RendezVousConstate>().Where(e => e.Issue == IssueDuRendezVous.Tenu && recit.Periode.Contains(e.Date)).Select(e => (d, e))).ToList();
        Assert.Equal(tenus.Count, chiffres.RendezVous(StatutDeRendezVous.Tenu));
        Assert.Equal(Evenements<RendezVousConstate>(recit).Count(e => e.Issue == IssueDuRendezVous.NonHonore), chiffres.RendezVous(StatutDeRendezVous.NonHonore));
        Assert.Equal(tenus.Count(t => recit.LieALaSeparation(t.d)), chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation));
        Assert.Equal(tenus.Select(t => t.d.Numero).Distinct().Count(), chiffres.Interventions);

        // Contrats : signés par le module des contrats, rattachés aux dossiers.
        var signatures = recit.Saisies.OfType<SignatureDeContrat>().Count(s => recit.Periode.Contains(s.Date));
        Assert.Equal(signatures, chiffres.ContratsSignes);
        Assert.Equal(Evenements<ContratRattache>(recit).Count(), signatures);
        Assert.Equal(recit.Parcours.Count, signatures);

        // Aides : versées par le module des aides, demandes rattachées aux dossiers.
        var versees = recit.Demandes.Count(d => d.PourLeBilan() is { } v && recit.Periode.Contains(v.Date));
        Assert.Equal(versees, chiffres.AidesVersees().Nombre);
        Assert.Equal(recit.Saisies.OfType<VersementDAide>().Count(), versees);
        Assert.Equal(Evenements<AideRattachee>(recit).Count(), recit.Demandes.Count);

        // Rien n'est refusé, et le récit n'est pas vide : chaque chiffre comparé compte quelque chose.
        Assert.Empty(recit.Refus);
        Assert.All(new[] { chiffres.NouvellesDemandes, tenus.Count, chiffres.RendezVous(StatutDeRendezVous.Tenu, TypeEvenement.Separation), signatures, versees }, n => Assert.True(n > 0));
    }

    [Fact]
    public void Les_mesures_de_resultat_comptent_les_contacts_de_la_campagne_et_les_rendez_vous_tenus()
    {
        var recit = Landes.Value;
        var total = recit.Resultats.Total;

        Assert.Equal(recit.Campagne.Contacts.Length, total.Contactes);
        Assert.Equal(recit.Issues.Where(kv => kv.Key != IssueDuContact.Injoignable).Sum(kv => kv.Value), total.Joints);
        var tenusDeCampagne = recit.Dossiers.Count(d => d.Origine.Sorte == SorteDOrigine.Contact && d.RendezVous.Any(r => r.Issue == IssueDuRendezVous.Tenu));
        Assert.Equal(tenusDeCampagne, total.RendezVousTenus);
        Assert.Equal(recit.Ouvertures.Dossiers.Length, recit.Issues.Where(kv => OrigineDuDossier.IssuesQuiOuvrentUnDossier.Contains(kv.Key)).Sum(kv => kv.Value));
    }

    [Fact]
    public void Le_recit_est_deterministe_pour_une_graine()
    {
        Assert.Equal(Landes.Value.Bilan.EnTexte(), Raconter(Reference, 2_500, 7).Bilan.EnTexte());
    }

    [Fact]
    public void Le_scenario_de_la_Loire_2020_n_appelle_que_ses_trois_publics()
    {
        var recit = Raconter(new LocalDate(2020, 5, 15), 1_500, 7, loire: true);
        string[] publics = [PublicAccueilPhysique.CodePublic, PublicSuspensionPieceManquante.CodePublic, PublicFamillesPrioritaires.CodePublic];

        Assert.NotEmpty(recit.Campagne.Contacts);
        Assert.All(recit.Campagne.Contacts.SelectMany(c => c.Signaux), s => Assert.Contains(s.CodePublic, publics));
        Assert.Equal(recit.Dossiers.Count, recit.Bilan.Chiffres.NouvellesDemandes);
    }
}
